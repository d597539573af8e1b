package org.citizenshop.domain.model.cases;

import jakarta.persistence.Column;
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
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.citizenshop.domain.model.Clipped;
import org.citizenshop.domain.model.agencyrequest.RequestKey;
import org.citizenshop.domain.model.catalogue.PublicService;

/**
 * One step of a case that an agency does: it waits for the steps it depends on, goes to the
 * agency with its idempotency key, and keeps what the agency answered. Answers for a task in a
 * final state change nothing, so repeated callbacks and redeliveries are harmless.
 */
@Entity
@Table(name = "case_task")
public class CaseTask {

    private static final int MAX_TEXT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private CitizenCase citizenCase;

    @Column(name = "request_key", nullable = false, unique = true, length = 36)
    private String requestKey;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id")
    private PublicService service;

    @Column(nullable = false)
    private int position;

    @Column(name = "depends_on", nullable = false, length = 300)
    private String dependsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TaskStatus status = TaskStatus.PENDING;

    @Column(name = "handed_off_at")
    private Instant handedOffAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "agency_reference", length = 60)
    private String agencyReference;

    @Column(name = "outputs", length = 4000)
    private CaseData outputs = CaseData.EMPTY;

    @Column(name = "rejection_code", length = 40)
    private String rejectionCode;

    @Column(name = "rejection_reason", length = MAX_TEXT)
    private String rejectionReason;

    @Column(name = "last_error", length = MAX_TEXT)
    private String lastError;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CaseTask() {}

    CaseTask(CitizenCase citizenCase, PublicService service, int position, Set<String> dependsOn, Instant now) {
        this.citizenCase = Objects.requireNonNull(citizenCase);
        this.service = Objects.requireNonNull(service);
        this.requestKey = RequestKey.generate().value();
        this.position = position;
        this.dependsOn = dependsOn.stream().sorted().collect(Collectors.joining(","));
        this.updatedAt = now;
    }

    /** Ready to go to the agency: pending, not handed off yet. The case decides whether its dependencies allow it. */
    boolean awaitingHandOff() {
        return status == TaskStatus.PENDING && handedOffAt == null;
    }

    void handOff(Instant now) {
        handedOffAt = now;
        dueAt = SlaClock.deadline(service.terms(), now);
        updatedAt = now;
    }

    /** The request went out (a file written, a message put on the agency's queue); the answer comes later. */
    public void sent(Instant now) {
        if (status == TaskStatus.PENDING || status == TaskStatus.FAILED) {
            status = TaskStatus.SENT;
            sentAt = now;
            lastError = null;
            updatedAt = now;
        }
    }

    /** The agency took the request and gave its reference; the result comes later. */
    public void acknowledged(String reference, Instant now) {
        if (status.isFinal() || status == TaskStatus.ACKNOWLEDGED) {
            return;
        }
        if (sentAt == null) {
            sentAt = now;
        }
        status = TaskStatus.ACKNOWLEDGED;
        acknowledgedAt = now;
        agencyReference = Clipped.to(reference, 60);
        lastError = null;
        updatedAt = now;
    }

    /** Done by the agency, with its reference and what it assigned. Returns false when it was final already. */
    boolean complete(String reference, CaseData results, Instant now) {
        if (status.isFinal() && !withdrawnInFlight()) {
            return false;
        }
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("a completed task has the agency's reference");
        }
        if (sentAt == null) {
            sentAt = now;
        }
        status = TaskStatus.COMPLETED;
        agencyReference = Clipped.to(reference, 60);
        outputs = results;
        lastError = null;
        finishedAt = now;
        updatedAt = now;
        return true;
    }

    boolean reject(String code, String reason, Instant now) {
        if (status.isFinal() && !withdrawnInFlight()) {
            return false;
        }
        status = TaskStatus.REJECTED;
        rejectionCode = Clipped.to(code, 40);
        rejectionReason = Clipped.to(reason, MAX_TEXT);
        finishedAt = now;
        updatedAt = now;
        return true;
    }

    /**
     * Cancelled because the consent was withdrawn while it was already on its way to the agency (a
     * synchronous call in flight): the agency's answer that still comes is what happened, and is kept.
     */
    private boolean withdrawnInFlight() {
        return status == TaskStatus.CANCELLED
                && CANCELLED_CONSENT_WITHDRAWN.equals(rejectionCode)
                && handedOffAt != null;
    }

    /** Why a task was cancelled: a step it waited for did not complete, or someone cancelled it. */
    public static final String CANCELLED_UPSTREAM = "UPSTREAM";

    public static final String CANCELLED_BY_STAFF = "BY_STAFF";

    /** The citizen withdrew the consent the case was submitted under before the step was sent. */
    public static final String CANCELLED_CONSENT_WITHDRAWN = "CONSENT_WITHDRAWN";

    boolean cancel(String code, String reason, Instant now) {
        if (status.isFinal()) {
            return false;
        }
        status = TaskStatus.CANCELLED;
        rejectionCode = code;
        rejectionReason = Clipped.to(reason, MAX_TEXT);
        finishedAt = now;
        updatedAt = now;
        return true;
    }

    /**
     * This delivery attempt failed. While attempts are left ({@code giveUp} false) the task stays
     * queued and the broker tries again later; after the last one, or when trying again cannot help,
     * it is failed: a dead letter an administrator replays or cancels.
     */
    public void deliveryFailed(String error, boolean giveUp, Instant now) {
        if (status.isFinal()) {
            return;
        }
        failedAttempts++;
        lastError = Clipped.to(error, MAX_TEXT);
        if (giveUp) {
            // Also a task sent whose answer could not be read: sent again, the agency answers the same key again.
            status = TaskStatus.FAILED;
        } else if (status == TaskStatus.FAILED) {
            status = TaskStatus.PENDING;
        }
        updatedAt = now;
    }

    /** An administrator sends a failed task again: it goes back to pending and to the agency. */
    void retry(Instant now) {
        if (status != TaskStatus.FAILED) {
            throw new org.citizenshop.domain.model.ConflictException(
                    "task.notFailed",
                    "Only a failed task can be sent again",
                    service.code().value());
        }
        status = TaskStatus.PENDING;
        handedOffAt = now;
        updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public CitizenCase citizenCase() {
        return citizenCase;
    }

    public RequestKey key() {
        return RequestKey.of(requestKey);
    }

    public PublicService service() {
        return service;
    }

    public String serviceCode() {
        return service.code().value();
    }

    public int position() {
        return position;
    }

    public Set<String> dependsOn() {
        return dependsOn.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(dependsOn.split(",")));
    }

    public TaskStatus status() {
        return status;
    }

    /** Handed to the integration layer, waiting for its agency (the agency may be down). */
    public boolean queued() {
        return status == TaskStatus.PENDING && handedOffAt != null;
    }

    public Optional<Instant> handedOffAt() {
        return Optional.ofNullable(handedOffAt);
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<Instant> acknowledgedAt() {
        return Optional.ofNullable(acknowledgedAt);
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public Optional<Instant> dueAt() {
        return Optional.ofNullable(dueAt);
    }

    /** Where the task stands against its SLA at {@code now}; empty before its clock started. */
    public Optional<SlaClock.Standing> standing(Instant now) {
        if (handedOffAt == null || dueAt == null) {
            return Optional.empty();
        }
        return Optional.of(SlaClock.standing(handedOffAt, dueAt, finishedAt == null ? now : finishedAt));
    }

    public Optional<String> agencyReference() {
        return Optional.ofNullable(agencyReference);
    }

    public CaseData outputs() {
        return outputs == null ? CaseData.EMPTY : outputs;
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

    public Instant updatedAt() {
        return updatedAt;
    }
}
