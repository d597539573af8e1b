package org.citizenshop.domain.model.cases;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.citizenshop.domain.model.Clipped;
import org.citizenshop.domain.model.ConflictException;
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
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_task_ids")
    @SequenceGenerator(name = "case_task_ids", sequenceName = "case_task_ids", allocationSize = 50)
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

    /**
     * While pending and handed off: when the integration layer may next try to deliver it (handed off,
     * after a failed attempt's back-off, after its agency's circuit or rate limit held it back, or when
     * a claim on it lapses). Null before it is handed off.
     */
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    /** The node whose integration layer claimed it for delivery; null when nobody holds it. */
    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The step's data as an administrator corrected it: every field he may change (blank ones left out). */
    @Column(name = "corrected_data", length = 20000)
    private CaseData correctedData;

    /** When the data was last corrected; null while the step goes with the form's values. */
    @Column(name = "corrected_at")
    private Instant correctedAt;

    /** Corrected since its last attempt: the next one carries other data than the agency saw. */
    @Column(name = "data_corrected", nullable = false)
    private boolean dataCorrected;

    /** The last attempt was refused by the agency before it acted on it: nothing is recorded under the key. */
    @Column(name = "agency_took_nothing", nullable = false)
    private boolean agencyTookNothing;

    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("correctedAt")
    private List<TaskCorrection> corrections = new ArrayList<>();

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
        nextAttemptAt = now;
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
     * Claimed by a node's integration layer for delivery: nobody else takes it until {@code until},
     * when the claim lapses (the node stopped before it recorded the answer) and it is due again.
     */
    public void claim(String node, Instant until) {
        claimedBy = node;
        nextAttemptAt = until;
    }

    /** Not attempted (its agency's circuit open, or its rate limit reached): due again at {@code at}. */
    public void deferTo(Instant at, Instant now) {
        if (status != TaskStatus.PENDING) {
            return;
        }
        claimedBy = null;
        nextAttemptAt = at;
        updatedAt = now;
    }

    /** When the integration layer may next try to deliver it; empty unless it is queued. */
    public Optional<Instant> nextAttemptAt() {
        return queued() ? Optional.ofNullable(nextAttemptAt) : Optional.empty();
    }

    /**
     * This delivery attempt failed. While attempts are left ({@code giveUp} false) the task stays
     * queued and is tried again at {@code retryAt}; after the last one, or when trying again cannot
     * help, it is failed: a dead letter an administrator replays or cancels.
     */
    public void deliveryFailed(String error, boolean giveUp, Instant retryAt, Instant now) {
        if (status.isFinal()) {
            return;
        }
        claimedBy = null;
        nextAttemptAt = retryAt;
        failedAttempts++;
        lastError = Clipped.to(error, MAX_TEXT);
        agencyTookNothing = false;
        if (giveUp) {
            // Also a task sent whose answer could not be read: sent again, the agency answers the same key again.
            status = TaskStatus.FAILED;
        } else if (status == TaskStatus.FAILED) {
            status = TaskStatus.PENDING;
        }
        updatedAt = now;
    }

    /**
     * The agency refused this attempt before acting on it (it said the request was malformed, not
     * allowed, unknown to it: an HTTP 4xx other than a conflict), so it recorded nothing under the key:
     * trying again as it is cannot help, the task is a dead letter at once.
     */
    public void refused(String error, Instant now) {
        if (status.isFinal()) {
            return;
        }
        deliveryFailed(error, true, now, now);
        agencyTookNothing = true;
    }

    /**
     * Whether an administrator may correct the step's data before sending it again: its delivery
     * failed and the agency never took it (no acknowledgement, no reference of its own).
     */
    public boolean fixable() {
        return status == TaskStatus.FAILED && acknowledgedAt == null && agencyReference == null;
    }

    /** The corrected values of the step's fields, once an administrator corrected them. */
    Optional<CaseData> correctedData() {
        return correctedAt == null
                ? Optional.empty()
                : Optional.of(correctedData == null ? CaseData.EMPTY : correctedData);
    }

    void correct(CaseData values, List<String> changed, String by, Instant now) {
        if (!fixable()) {
            throw new ConflictException(
                    "task.notFixable",
                    "Only a failed step the agency never took can have its data corrected",
                    service.code().value());
        }
        correctedData = values;
        correctedAt = now;
        dataCorrected = true;
        corrections.add(new TaskCorrection(this, by, changed, now));
        updatedAt = now;
    }

    /**
     * An administrator sends a failed task again: it goes back to pending and to the agency. Under
     * the same key, so that an agency that did act on an earlier attempt answers what it did and does
     * not act twice; under a new key only when its data was corrected since the last attempt and the
     * agency refused that attempt before acting (nothing is recorded under the old key, and the
     * corrected request must not meet an agency's memory of the refused one). Returns the key it had
     * when it was replaced.
     */
    Optional<RequestKey> retry(Instant now) {
        if (status != TaskStatus.FAILED) {
            throw new ConflictException(
                    "task.notFailed",
                    "Only a failed task can be sent again",
                    service.code().value());
        }
        Optional<RequestKey> replaced = Optional.empty();
        if (dataCorrected && agencyTookNothing) {
            replaced = Optional.of(key());
            requestKey = RequestKey.generate().value();
        }
        dataCorrected = false;
        status = TaskStatus.PENDING;
        handedOffAt = now;
        nextAttemptAt = now;
        claimedBy = null;
        updatedAt = now;
        return replaced;
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

    /** Whether the last attempt was refused by the agency before it acted (nothing recorded under the key). */
    public boolean agencyTookNothing() {
        return agencyTookNothing;
    }

    /** Whether its data was corrected since the last attempt. */
    public boolean dataCorrected() {
        return dataCorrected;
    }

    /** The corrections of its data, oldest first (a step never corrected does not load them). */
    public List<TaskCorrection> corrections() {
        return correctedAt == null ? List.of() : List.copyOf(corrections);
    }
}
