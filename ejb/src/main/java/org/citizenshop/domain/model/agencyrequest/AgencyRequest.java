package org.citizenshop.domain.model.agencyrequest;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.citizenshop.domain.model.Clipped;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.ticket.Ticket;

/**
 * A request the shop sends to an agency's back office on a citizen's behalf, and what came back.
 * The first kind is a citizen card request to the civil registry, made at the desk during a visit.
 */
@Entity
@Table(name = "agency_request")
public class AgencyRequest {

    private static final int MAX_TEXT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_key", nullable = false, unique = true, length = 36)
    private String requestKey;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id")
    private PublicService service;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Embedded
    private CitizenCardRequest citizenCard;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgencyRequestStatus status = AgencyRequestStatus.QUEUED;

    @Column(name = "agency_reference", length = 60)
    private String agencyReference;

    @Column(name = "expected_date")
    private LocalDate expectedDate;

    @Column(name = "rejection_code", length = 40)
    private String rejectionCode;

    @Column(name = "rejection_reason", length = MAX_TEXT)
    private String rejectionReason;

    @Column(name = "last_error", length = MAX_TEXT)
    private String lastError;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected AgencyRequest() {}

    public AgencyRequest(
            RequestKey key,
            PublicService service,
            Ticket ticket,
            CitizenCardRequest citizenCard,
            String requestedBy,
            Instant now) {
        this.requestKey = key.value();
        this.service = Objects.requireNonNull(service);
        this.ticket = ticket;
        this.citizenCard = Objects.requireNonNull(citizenCard);
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The agency took the request; a repeated answer for an accepted request changes nothing. */
    public void accept(String reference, LocalDate expected, Instant now) {
        if (status.isFinal()) {
            return;
        }
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("an accepted request has the agency's reference");
        }
        status = AgencyRequestStatus.ACCEPTED;
        agencyReference = reference;
        expectedDate = expected;
        lastError = null;
        updatedAt = now;
    }

    public void reject(String code, String reason, Instant now) {
        if (status.isFinal()) {
            return;
        }
        status = AgencyRequestStatus.REJECTED;
        rejectionCode = code;
        rejectionReason = Clipped.to(reason, MAX_TEXT);
        updatedAt = now;
    }

    /** Delivery failed this time; a later redelivery may still succeed. */
    public void deliveryFailed(String error, Instant now) {
        if (status.isFinal()) {
            return;
        }
        status = AgencyRequestStatus.FAILED;
        failedAttempts++;
        lastError = Clipped.to(error, MAX_TEXT);
        updatedAt = now;
    }

    public RequestKey key() {
        return RequestKey.of(requestKey);
    }

    public PublicService service() {
        return service;
    }

    public Optional<Ticket> ticket() {
        return Optional.ofNullable(ticket);
    }

    public CitizenCardRequest citizenCard() {
        return citizenCard;
    }

    public AgencyRequestStatus status() {
        return status;
    }

    public Optional<String> agencyReference() {
        return Optional.ofNullable(agencyReference);
    }

    public Optional<LocalDate> expectedDate() {
        return Optional.ofNullable(expectedDate);
    }

    public Optional<String> rejectionCode() {
        return Optional.ofNullable(rejectionCode);
    }

    public Optional<String> rejectionReason() {
        return Optional.ofNullable(rejectionReason);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
