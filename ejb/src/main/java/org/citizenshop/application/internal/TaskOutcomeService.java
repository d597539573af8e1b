package org.citizenshop.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.citizenshop.application.AgencyDocument;
import org.citizenshop.application.Roles;
import org.citizenshop.application.TaskOutcomes;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.application.port.DueTasks;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.agencyrequest.RequestKey;
import org.citizenshop.domain.model.cases.CaseData;
import org.citizenshop.domain.model.cases.CaseRepository;
import org.citizenshop.domain.model.cases.CaseTask;
import org.citizenshop.domain.model.cases.CitizenCase;
import org.citizenshop.domain.model.cases.TaskStatus;
import org.citizenshop.domain.model.privacy.ActorRole;
import org.citizenshop.domain.model.privacy.DataAccess;
import org.citizenshop.domain.model.privacy.DataAction;
import org.citizenshop.domain.model.privacy.PersonalData;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The integration layer's side of case tasks; only the {@code integration} role may call it. */
@Stateless
@RolesAllowed(Roles.INTEGRATION)
public class TaskOutcomeService implements TaskOutcomes {

    @Inject
    DataTrail dataTrail;

    @Inject
    CaseRepository cases;

    @Inject
    DueTasks dueTasks;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    ProofKeeping proofs;

    /**
     * The attempts at delivering a task before it is a dead letter. With the back-off below, 30 ride
     * out an agency down for about 25 minutes; the same setting as the broker's for desk requests.
     */
    @Inject
    @ConfigProperty(name = "cs.agency.max-delivery-attempts", defaultValue = "30")
    int maxDeliveryAttempts;

    /** The wait after a task's first failed attempt; it doubles with each further one. */
    @Inject
    @ConfigProperty(name = "cs.agency.retry-delay-ms", defaultValue = "5000")
    long retryDelayMillis;

    /** The longest wait between two attempts: a task goes at most this long after its agency is back. */
    @Inject
    @ConfigProperty(name = "cs.agency.max-retry-delay-ms", defaultValue = "60000")
    long maxRetryDelayMillis;

    @Override
    public void sent(String key) {
        CaseTask task = find(key);
        boolean first = task.sentAt().isEmpty();
        task.sent(clock.instant());
        if (first) {
            trail(task, "system", ActorRole.SYSTEM, DataAction.SHARE, DataAccess.Purpose.STEP_SENT);
        }
    }

    /**
     * A synchronous agency answers in the call that carried the data, so the first answer is also
     * the first sign the data went: the sending is recorded then, once.
     */
    private void sharedIfFirst(CaseTask task) {
        if (task.sentAt().isEmpty() && !task.status().isFinal()) {
            trail(task, "system", ActorRole.SYSTEM, DataAction.SHARE, DataAccess.Purpose.STEP_SENT);
        }
    }

    /** On the record of every person in the case: the step's data went to (or came back from) its agency. */
    private void trail(CaseTask task, String actor, ActorRole role, DataAction action, DataAccess.Purpose purpose) {
        CitizenCase owner = task.citizenCase();
        dataTrail.record(
                DataTrail.subjectsOf(owner),
                actor,
                role,
                action,
                EnumSet.of(PersonalData.CASE),
                purpose,
                owner.reference().value());
    }

    @Override
    public void acknowledged(String key, String reference) {
        CaseTask task = find(key);
        sharedIfFirst(task);
        task.acknowledged(reference, clock.instant());
        audit.record(Roles.INTEGRATION, "caseTask.acknowledged", key, "reference=" + reference);
    }

    @Override
    public void completed(String key, String reference, Map<String, String> outputs, AgencyDocument document) {
        CaseTask task = find(key);
        sharedIfFirst(task);
        Instant now = clock.instant();
        CitizenCase owner = task.citizenCase();
        boolean completedBefore = task.status() == TaskStatus.COMPLETED;
        if (!owner.complete(task, reference, CaseData.of(outputs), now).isEmpty()) {
            dueTasks.becameDue();
        }
        String proof = document == null ? "" : proofs.keep(task, !completedBefore, document, now);
        dataTrail.record(
                DataTrail.subjectsOf(owner),
                task.service().agency().code().value(),
                ActorRole.AGENCY,
                DataAction.CHANGE,
                proof.startsWith(ProofKeeping.KEPT)
                        ? EnumSet.of(PersonalData.CASE, PersonalData.DOCUMENT)
                        : EnumSet.of(PersonalData.CASE),
                DataAccess.Purpose.AGENCY_RESULT,
                owner.reference().value());
        audit.record(Roles.INTEGRATION, "caseTask.completed", key, "reference=" + reference + proof);
    }

    @Override
    public void rejected(String key, String code, String reason) {
        CaseTask task = find(key);
        sharedIfFirst(task);
        task.citizenCase().reject(task, code, reason, clock.instant());
        trail(
                task,
                task.service().agency().code().value(),
                ActorRole.AGENCY,
                DataAction.CHANGE,
                DataAccess.Purpose.AGENCY_RESULT);
        audit.record(Roles.INTEGRATION, "caseTask.rejected", key, "code=" + code);
    }

    @Override
    public void deliveryFailed(String key, String error) {
        CaseTask task = find(key);
        Instant now = clock.instant();
        int attempt = task.failedAttempts() + 1;
        task.deliveryFailed(error, attempt >= maxDeliveryAttempts, now.plus(backOff(attempt)), now);
        audit.record(Roles.INTEGRATION, "caseTask.deliveryFailed", key, error);
    }

    /** The wait after the n-th failed attempt: the first delay, doubled each time, at most the longest. */
    Duration backOff(int attempt) {
        long millis = retryDelayMillis;
        for (int i = 1; i < attempt && millis < maxRetryDelayMillis; i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, maxRetryDelayMillis));
    }

    @Override
    public void deferred(String key, Duration wait) {
        Instant now = clock.instant();
        find(key).deferTo(now.plus(wait), now);
    }

    @Override
    public void abandoned(String key, String error) {
        Instant now = clock.instant();
        find(key).deliveryFailed(error, true, now, now);
        audit.record(Roles.INTEGRATION, "caseTask.abandoned", key, error);
    }

    @Override
    public void refused(String key, String error) {
        find(key).refused(error, clock.instant());
        audit.record(Roles.INTEGRATION, "caseTask.refused", key, error);
    }

    private CaseTask find(String key) {
        return cases.findTask(RequestKey.of(key))
                .orElseThrow(() -> new NotFoundException("caseTask.unknown", "No case task " + key, key));
    }
}
