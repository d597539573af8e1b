package org.citizenshop.domain.model.shop;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.catalogue.PublicService;

/** A counter (balcão) of a shop, serving a set of services, operated by at most one clerk at a time. */
@Entity
@Table(name = "desk")
public class Desk {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "shop_id")
    private Shop shop;

    @Column(nullable = false, unique = true, length = 30)
    private String code;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeskKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeskStatus status = DeskStatus.CLOSED;

    @Column(name = "clerk_username", length = 100)
    private String clerk;

    @Column(name = "opened_at")
    private Instant openedAt;

    @ManyToMany
    @JoinTable(
            name = "desk_service",
            joinColumns = @JoinColumn(name = "desk_id"),
            inverseJoinColumns = @JoinColumn(name = "service_id"))
    private Set<PublicService> services = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "desk_hours", joinColumns = @JoinColumn(name = "desk_id"))
    private Set<OpeningHours> hours = new HashSet<>();

    /** Priority tickets this desk called in a row: the calling policy's fairness counter. */
    @Column(name = "priority_streak", nullable = false)
    private int priorityStreak;

    @Version
    private long version;

    protected Desk() {}

    public Desk(Shop shop, DeskCode code, int number, DeskKind kind) {
        if (number < 1) {
            throw new IllegalArgumentException("desk numbers start at 1");
        }
        this.shop = Objects.requireNonNull(shop);
        this.code = code.value();
        this.number = number;
        this.kind = Objects.requireNonNull(kind);
    }

    /** A clerk sits down at the desk; signing in again where one already is changes nothing. */
    public void signIn(String clerkUsername, Instant now) {
        requireClerk(clerkUsername);
        if (status.isStaffed() && !clerkUsername.equals(clerk)) {
            throw new ConflictException("desk.occupied", "Desk " + code + " is in use by another clerk", code, number);
        }
        if (status == DeskStatus.CLOSED) {
            status = DeskStatus.OPEN;
            clerk = clerkUsername;
            openedAt = now;
        }
    }

    public void signOut(String clerkUsername) {
        requireOperatedBy(clerkUsername);
        close();
    }

    /** A break: the desk stays the clerk's but calls nobody. */
    public void pause(String clerkUsername) {
        requireOperatedBy(clerkUsername);
        status = DeskStatus.PAUSED;
    }

    public void resume(String clerkUsername) {
        requireOperatedBy(clerkUsername);
        status = DeskStatus.OPEN;
    }

    /** Nobody at the desk any more (the clerk signed out, or a supervisor closed it). */
    public void close() {
        status = DeskStatus.CLOSED;
        clerk = null;
        openedAt = null;
        priorityStreak = 0;
    }

    /** Only the clerk signed in at the desk may act for it. */
    public void requireOperatedBy(String clerkUsername) {
        requireClerk(clerkUsername);
        if (!status.isStaffed() || !clerkUsername.equals(clerk)) {
            throw new ConflictException("desk.notSignedIn", "Clerk is not signed in at desk " + code, code, number);
        }
    }

    /** Calling needs an open desk: a paused one says so. */
    public void requireTakingCalls(String clerkUsername) {
        requireOperatedBy(clerkUsername);
        if (status == DeskStatus.PAUSED) {
            throw new ConflictException("desk.paused", "Desk " + code + " is paused", code, number);
        }
    }

    /** Remembers what kind of ticket the desk called, for the fairness of the next call. */
    public void called(boolean priorityTicket) {
        priorityStreak = priorityTicket ? priorityStreak + 1 : 0;
    }

    public int priorityStreak() {
        return priorityStreak;
    }

    /** Whether both are the same desk, also when one of them is a lazy proxy of the other. */
    public boolean isSameAs(Desk other) {
        return this == other || (other != null && id != null && id.equals(other.id()));
    }

    private static void requireClerk(String clerkUsername) {
        if (clerkUsername == null || clerkUsername.isBlank()) {
            throw new IllegalArgumentException("a desk is operated by a named clerk");
        }
    }

    /** A stretch of the desk's working week (appointments are planned in its hours). */
    public void addHours(OpeningHours stretch) {
        hours.add(stretch);
    }

    /** The desk's working hours, ordered by weekday and time. */
    public List<OpeningHours> hours() {
        return hours.stream()
                .sorted(java.util.Comparator.comparing(OpeningHours::day).thenComparing(OpeningHours::opens))
                .toList();
    }

    public boolean serves(PublicService service) {
        return services.contains(service);
    }

    public void addService(PublicService service) {
        services.add(service);
    }

    public Long id() {
        return id;
    }

    public Shop shop() {
        return shop;
    }

    public DeskCode code() {
        return DeskCode.of(code);
    }

    public int number() {
        return number;
    }

    public DeskKind kind() {
        return kind;
    }

    public DeskStatus status() {
        return status;
    }

    public Optional<String> clerk() {
        return Optional.ofNullable(clerk);
    }

    /** The desk now serves this service too. */
    public void serve(PublicService service) {
        services.add(service);
    }

    public Set<PublicService> services() {
        return Set.copyOf(services);
    }
}
