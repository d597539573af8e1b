package org.citizenshop.domain.model.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.citizenshop.domain.model.shop.Desk;

/**
 * The screen that faces the citizen at a desk, where he reads and answers what the clerk asks his
 * consent for. It holds a random token (the database keeps only its hash) and shows a six-digit
 * pairing code until a clerk signed in at a desk types that code, which pairs it with the desk.
 */
@Entity
@Table(name = "customer_display")
public class CustomerDisplay {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "pairing_code", unique = true, length = 6)
    private String pairingCode;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "desk_id", unique = true)
    private Desk desk;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "paired_at")
    private Instant pairedAt;

    @Column(name = "paired_by", length = 100)
    private String pairedBy;

    @Version
    private long version;

    protected CustomerDisplay() {}

    private CustomerDisplay(String tokenHash, String pairingCode, Instant createdAt) {
        this.tokenHash = tokenHash;
        this.pairingCode = pairingCode;
        this.createdAt = createdAt;
    }

    /** A new display and the token it must present from now on (given to it once, never stored). */
    public record Registered(CustomerDisplay display, String token) {}

    public static Registered register(Instant at) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        return new Registered(new CustomerDisplay(hash(token), code, at), token);
    }

    /** The hash under which a display's token is kept. */
    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Pairs this display with a desk: from now on it shows that desk's consent requests. */
    public void pairWith(Desk desk, String clerk, Instant at) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.pairingCode = null;
        this.pairedAt = at;
        this.pairedBy = clerk;
    }

    /** Forgets its desk (another display was paired with it) and shows a new code to be paired again. */
    public void unpair() {
        this.desk = null;
        this.pairingCode = String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    public Long id() {
        return id;
    }

    public Optional<String> pairingCode() {
        return Optional.ofNullable(pairingCode);
    }

    public Optional<Desk> desk() {
        return Optional.ofNullable(desk);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
