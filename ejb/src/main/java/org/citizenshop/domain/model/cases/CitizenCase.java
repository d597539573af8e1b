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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.citizenshop.domain.model.Clipped;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.InvalidFormException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.agencyrequest.RequestKey;
import org.citizenshop.domain.model.catalogue.FieldValue;
import org.citizenshop.domain.model.catalogue.LifeEvent;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.catalogue.ServiceField;
import org.citizenshop.domain.model.catalogue.ServiceTerms;
import org.citizenshop.domain.model.citizen.CivilIdNumber;
import org.citizenshop.domain.model.shop.Shop;
import org.citizenshop.domain.model.ticket.Ticket;

/**
 * What a citizen asked for in one go (a life event's chosen steps, or one service), with the form
 * he filled and one task per step. Tasks go to their agencies as soon as the steps they depend on
 * are completed, and each takes the outputs of those steps (the child's civil ID number from the
 * birth registration into the tax number request). A rejected or cancelled step cancels the steps
 * that wait for it.
 */
@Entity
@Table(name = "citizen_case")
public class CitizenCase {

    /** The case as a whole, from its tasks. */
    public enum Progress {
        PROPOSED,
        IN_PROGRESS,
        COMPLETED,
        CLOSED_WITH_REFUSALS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "citizen_case_ids")
    @SequenceGenerator(name = "citizen_case_ids", sequenceName = "citizen_case_ids", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Column(name = "tracking_code", nullable = false, length = 8)
    private String trackingCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "life_event_id")
    private LifeEvent lifeEvent;

    @Column(name = "life_event_version")
    private Integer lifeEventVersion;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "shop_id")
    private Shop shop;

    @Column(name = "awaiting_consent", nullable = false)
    private boolean awaitingConsent;

    @Column(name = "proposed_for", length = 8)
    private String proposedFor;

    @Column(name = "proposed_for_other", length = 8)
    private String proposedForOther;

    @Column(name = "source_event_id", length = 36, unique = true)
    private String sourceEventId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CaseChannel channel;

    @Column(name = "applicant_civil_id", length = 8)
    private String applicantCivilId;

    /** The consent it was submitted under (its data went to the agencies on that ground). */
    @Column(name = "consent_id")
    private Long consentId;

    /** How the applicant was identified; null for a proposal no one has taken up yet. */
    @Enumerated(EnumType.STRING)
    @Column(name = "identification_level", length = 20)
    private ServiceTerms.IdentificationLevel identificationLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", length = 20)
    private PresentedDocument.Kind documentType;

    @Column(name = "document_number", length = 20)
    private String documentNumber;

    @Column(name = "identified_by", length = 100)
    private String identifiedBy;

    @Column(name = "identified_at")
    private Instant identifiedAt;

    @Column(name = "form_data", nullable = false, length = 20000)
    private CaseData formData;

    @Column(name = "submitted_by", nullable = false, length = 100)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @OneToMany(mappedBy = "citizenCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CaseTask> tasks = new ArrayList<>();

    @Version
    private long version;

    protected CitizenCase() {}

    /**
     * A new case; {@code steps} are the services in an order that respects {@code dependsOn} (a
     * step's dependencies among the chosen steps).
     */
    public CitizenCase(
            CaseReference reference,
            TrackingCode trackingCode,
            LifeEvent lifeEvent,
            Integer lifeEventVersion,
            Shop shop,
            Ticket ticket,
            CaseChannel channel,
            CivilIdNumber applicant,
            CaseData formData,
            List<PublicService> steps,
            Map<String, Set<String>> dependsOn,
            String submittedBy,
            Instant now) {
        this.reference = reference.value();
        this.trackingCode = trackingCode.value();
        this.lifeEvent = lifeEvent;
        this.lifeEventVersion = lifeEventVersion;
        this.shop = shop;
        this.ticket = ticket;
        this.channel = Objects.requireNonNull(channel);
        this.applicantCivilId = applicant == null ? null : applicant.value();
        this.formData = Objects.requireNonNull(formData);
        this.submittedBy = Objects.requireNonNull(submittedBy);
        this.submittedAt = now;
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a case has at least one step");
        }
        Set<String> earlier = new HashSet<>();
        int position = 0;
        for (PublicService service : steps) {
            Set<String> needs = dependsOn.getOrDefault(service.code().value(), Set.of());
            if (!earlier.containsAll(needs)) {
                throw new IllegalArgumentException(service.code() + " comes before a step it depends on");
            }
            tasks.add(new CaseTask(this, service, ++position, needs, now));
            earlier.add(service.code().value());
        }
    }

    /**
     * A case the shop proposes after an agency's event: the steps that follow {@code done} (already
     * completed by the agency, with its outputs), waiting for the consent of one of the citizens it
     * is for. Nothing goes to an agency before that consent.
     */
    public static CitizenCase proposed(
            CaseReference reference,
            TrackingCode trackingCode,
            LifeEvent lifeEvent,
            CaseData formData,
            List<PublicService> steps,
            Map<String, Set<String>> dependsOn,
            String done,
            String doneReference,
            CaseData doneOutputs,
            CivilIdNumber proposedFor,
            CivilIdNumber proposedForOther,
            String sourceEventId,
            String proposedBy,
            Instant now) {
        CitizenCase proposal = new CitizenCase(
                reference,
                trackingCode,
                lifeEvent,
                null,
                null,
                null,
                CaseChannel.PROACTIVE,
                proposedFor,
                formData,
                steps,
                dependsOn,
                proposedBy,
                now);
        proposal.awaitingConsent = true;
        proposal.proposedFor = proposedFor.value();
        proposal.proposedForOther = proposedForOther == null ? null : proposedForOther.value();
        proposal.sourceEventId = Objects.requireNonNull(sourceEventId);
        CaseTask first =
                proposal.task(done).orElseThrow(() -> new IllegalArgumentException("the proposal has no step " + done));
        first.handOff(now);
        first.complete(doneReference, doneOutputs, now);
        return proposal;
    }

    /**
     * The citizen consented, at {@code where} (during {@code visit}, if any): the proposal becomes a
     * case like any other and its steps that may go are returned, to hand off.
     */
    public List<CaseTask> consent(Shop where, Ticket visit, String clerk, Instant now) {
        if (!awaitingConsent) {
            throw new org.citizenshop.domain.model.ConflictException(
                    "case.notProposed", "Case " + reference + " does not wait for consent", reference);
        }
        awaitingConsent = false;
        shop = Objects.requireNonNull(where);
        ticket = visit;
        submittedBy = clerk;
        return handOffReady(now);
    }

    public boolean awaitingConsent() {
        return awaitingConsent;
    }

    /** Whether the proposal is for this citizen (a parent named in the event). */
    public boolean proposedTo(CivilIdNumber citizen) {
        return citizen.value().equals(proposedFor) || citizen.value().equals(proposedForOther);
    }

    /**
     * Marks every task that may go now (pending, not handed off, all it depends on completed) as
     * handed off, starting its SLA clock, and returns them: the caller hands them to integration in
     * the same transaction.
     */
    public List<CaseTask> handOffReady(Instant now) {
        List<CaseTask> ready = new ArrayList<>();
        if (awaitingConsent) {
            return ready;
        }
        for (CaseTask task : tasks) {
            if (task.awaitingHandOff() && task.dependsOn().stream().allMatch(this::completed)) {
                task.handOff(now);
                ready.add(task);
            }
        }
        return ready;
    }

    /** The agency completed the task; returns the tasks that may go now. */
    public List<CaseTask> complete(CaseTask task, String reference, CaseData outputs, Instant now) {
        requireOwn(task);
        if (!task.complete(reference, outputs, now)) {
            return List.of();
        }
        return handOffReady(now);
    }

    /** The agency refused the task; every step that waits for it, directly or not, is cancelled. */
    public void reject(CaseTask task, String code, String reason, Instant now) {
        requireOwn(task);
        if (task.reject(code, reason, now)) {
            cancelWaitingFor(task, now);
        }
    }

    /** Cancels a task not completed yet, with the staff's reason (and what waits for it). */
    public void cancel(CaseTask task, String reason, Instant now) {
        requireOwn(task);
        if (task.cancel(CaseTask.CANCELLED_BY_STAFF, reason, now)) {
            cancelWaitingFor(task, now);
        }
    }

    /**
     * The consent the case was submitted under was withdrawn: every step not sent to its agency yet
     * (waiting, queued, or a dead letter) is cancelled; what the agencies already received stays
     * with them.
     * Returns the tasks cancelled.
     */
    public List<CaseTask> consentWithdrawn(Instant now) {
        List<CaseTask> stopped = new ArrayList<>();
        for (CaseTask task : tasks) {
            if ((task.status() == TaskStatus.PENDING || task.status() == TaskStatus.FAILED)
                    && task.cancel(CaseTask.CANCELLED_CONSENT_WITHDRAWN, CaseTask.CANCELLED_CONSENT_WITHDRAWN, now)) {
                stopped.add(task);
            }
        }
        return stopped;
    }

    /** The clerk saw this document and checked its photo and validity. */
    public void identifiedBy(PresentedDocument document, String clerk, Instant at) {
        this.identificationLevel = ServiceTerms.IdentificationLevel.PRESENTED_DOCUMENT;
        this.documentType = document.kind();
        this.documentNumber = document.number();
        this.identifiedBy = Clipped.to(clerk, 100);
        this.identifiedAt = at;
    }

    /** The citizen logged in himself (password and one-time code). */
    public void identifiedByLogin(String login, Instant at) {
        this.identificationLevel = ServiceTerms.IdentificationLevel.AUTHENTICATED;
        this.identifiedBy = Clipped.to(login, 100);
        this.identifiedAt = at;
    }

    public Optional<ServiceTerms.IdentificationLevel> identificationLevel() {
        return Optional.ofNullable(identificationLevel);
    }

    public Optional<PresentedDocument> presentedDocument() {
        return documentType == null
                ? Optional.empty()
                : Optional.of(new PresentedDocument(documentType, documentNumber));
    }

    public Optional<String> identifiedBy() {
        return Optional.ofNullable(identifiedBy);
    }

    /** Records the consent the case is submitted under. */
    public void submittedUnder(long consent) {
        this.consentId = consent;
    }

    public Optional<Long> consentId() {
        return Optional.ofNullable(consentId);
    }

    /** Sends a failed task again; returns the key it had if it goes under a new one (see {@link CaseTask}). */
    public Optional<RequestKey> retry(CaseTask task, Instant now) {
        requireOwn(task);
        return task.retry(now);
    }

    /**
     * What a failed step would send for each of its service's fields now, and where each value comes
     * from: an earlier step's output (named by that step's service; not for an administrator to
     * change) or the form, as corrected if it was. In the order of the service's form.
     */
    public List<StepValue> stepValues(CaseTask task) {
        requireOwn(task);
        Map<String, String> filledBy = filledByEarlierSteps(task);
        CaseData fields = fieldsFor(task);
        List<StepValue> values = new ArrayList<>();
        for (ServiceField field : task.service().fields()) {
            values.add(new StepValue(field, fields.get(field.key()), filledBy.get(field.key())));
        }
        return values;
    }

    /** A field of a step with its value ({@code null} when blank) and the step whose output fills it, if any. */
    public record StepValue(ServiceField field, String value, String filledBy) {

        public boolean editable() {
            return filledBy == null;
        }
    }

    /**
     * An administrator corrects a failed step's data: {@code values} holds every field of the step's
     * service that no earlier step fills (a field left out or blank is empty), checked as a submission
     * checks the form; every problem is refused at once, on its field. The form of the case keeps what
     * the citizen gave; the step goes with the corrected values from now on. Returns the keys of the
     * fields whose value changed (none: nothing is recorded).
     */
    public List<String> correct(CaseTask task, Map<String, String> values, String by, Instant now) {
        requireOwn(task);
        if (!task.fixable()) {
            throw new ConflictException(
                    "task.notFixable",
                    "Only a failed step the agency never took can have its data corrected",
                    task.serviceCode());
        }
        List<StepValue> current = stepValues(task);
        List<InvalidFormException.Refusal> refusals = new ArrayList<>();
        for (Map.Entry<String, String> given : values.entrySet()) {
            Optional<StepValue> field = current.stream()
                    .filter(value -> value.field().key().equals(given.getKey()))
                    .findFirst();
            if (field.isEmpty()) {
                refusals.add(new InvalidFormException.Refusal(
                        given.getKey(), "correction.unknownField", List.of(given.getKey(), task.serviceCode())));
            } else if (!field.get().editable()
                    && !sameValue(given.getValue(), field.get().value())) {
                // An earlier step's agency gave this value; it is not the shop's to change.
                refusals.add(new InvalidFormException.Refusal(
                        given.getKey(),
                        "correction.filledByStep",
                        List.of(field.get().filledBy())));
            }
        }
        Map<String, String> corrected = new LinkedHashMap<>();
        List<String> changed = new ArrayList<>();
        for (StepValue value : current) {
            if (!value.editable()) {
                continue;
            }
            ServiceField field = value.field();
            String given = values.get(field.key());
            try {
                FieldValue.check(field.key(), field.type(), field.required(), field.choices(), given);
            } catch (InvalidInputException refused) {
                refusals.add(
                        new InvalidFormException.Refusal(refused.field(), refused.messageKey(), refused.arguments()));
            }
            String stripped = given == null || given.isBlank() ? null : given.strip();
            if (stripped != null) {
                corrected.put(field.key(), stripped);
            }
            if (!sameValue(stripped, value.value())) {
                changed.add(field.key());
            }
        }
        if (!refusals.isEmpty()) {
            throw new InvalidFormException(refusals);
        }
        if (!changed.isEmpty()) {
            task.correct(CaseData.of(corrected), changed, by, now);
        }
        return changed;
    }

    private void cancelWaitingFor(CaseTask stopped, Instant now) {
        for (CaseTask task : tasks) {
            // The reason is the step that did not complete; the board words it in the reader's language.
            if (task.dependsOn().contains(stopped.serviceCode())
                    && task.cancel(CaseTask.CANCELLED_UPSTREAM, stopped.serviceCode(), now)) {
                cancelWaitingFor(task, now);
            }
        }
    }

    /**
     * What goes to the agency for a task: the form's values for the service's fields, overridden by
     * the outputs of the steps it waits for, and those outputs themselves.
     */
    public CaseData fieldsFor(CaseTask task) {
        requireOwn(task);
        Map<String, String> fields = new LinkedHashMap<>();
        CaseData given = task.correctedData().orElse(formData);
        for (ServiceField field : task.service().fields()) {
            String value = given.get(field.key());
            if (value != null) {
                fields.put(field.key(), value);
            }
        }
        for (String earlier : before(task)) {
            task(earlier).ifPresent(done -> fields.putAll(done.outputs().values()));
        }
        return CaseData.of(fields);
    }

    private static boolean sameValue(String given, String current) {
        String one = given == null || given.isBlank() ? null : given.strip();
        String other = current == null || current.isBlank() ? null : current.strip();
        return Objects.equals(one, other);
    }

    /** The keys the outputs of the steps a task waits for fill, each with the step's service. */
    private Map<String, String> filledByEarlierSteps(CaseTask task) {
        Map<String, String> filled = new LinkedHashMap<>();
        for (String earlier : before(task)) {
            task(earlier).ifPresent(done -> done.outputs().values().keySet().forEach(key -> filled.put(key, earlier)));
        }
        return filled;
    }

    private Set<String> before(CaseTask task) {
        Set<String> before = new HashSet<>();
        List<String> toVisit = new ArrayList<>(task.dependsOn());
        while (!toVisit.isEmpty()) {
            String next = toVisit.remove(toVisit.size() - 1);
            if (before.add(next)) {
                task(next).ifPresent(found -> toVisit.addAll(found.dependsOn()));
            }
        }
        return before;
    }

    private boolean completed(String service) {
        return task(service).map(task -> task.status() == TaskStatus.COMPLETED).orElse(false);
    }

    public Optional<CaseTask> task(String service) {
        return tasks.stream().filter(task -> task.serviceCode().equals(service)).findFirst();
    }

    private void requireOwn(CaseTask task) {
        CitizenCase owner = task.citizenCase();
        // The task may hold its case as a lazy reference (a stand-in of the same case): the same id
        // then, once it is stored.
        if (owner != this && (id == null || !id.equals(owner.id()))) {
            throw new IllegalArgumentException("task " + task.key() + " is not a task of case " + reference);
        }
    }

    public Progress progress() {
        if (awaitingConsent) {
            return Progress.PROPOSED;
        }
        if (tasks.stream().anyMatch(task -> !task.status().isFinal())) {
            return Progress.IN_PROGRESS;
        }
        return tasks.stream().allMatch(task -> task.status() == TaskStatus.COMPLETED)
                ? Progress.COMPLETED
                : Progress.CLOSED_WITH_REFUSALS;
    }

    public Long id() {
        return id;
    }

    public CaseReference reference() {
        return CaseReference.of(reference);
    }

    public TrackingCode trackingCode() {
        return new TrackingCode(trackingCode);
    }

    public Optional<LifeEvent> lifeEvent() {
        return Optional.ofNullable(lifeEvent);
    }

    public Optional<Integer> lifeEventVersion() {
        return Optional.ofNullable(lifeEventVersion);
    }

    /** The shop it was submitted at; empty for a proposal nobody has consented to yet. */
    public Optional<Shop> shop() {
        return Optional.ofNullable(shop);
    }

    public Optional<Ticket> ticket() {
        return Optional.ofNullable(ticket);
    }

    public CaseChannel channel() {
        return channel;
    }

    public Optional<String> applicantCivilId() {
        return Optional.ofNullable(applicantCivilId);
    }

    public CaseData formData() {
        return formData;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public List<CaseTask> tasks() {
        return List.copyOf(tasks);
    }
}
