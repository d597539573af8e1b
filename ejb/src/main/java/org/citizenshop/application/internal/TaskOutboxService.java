package org.citizenshop.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.citizenshop.application.Roles;
import org.citizenshop.application.TaskDispatch;
import org.citizenshop.application.TaskOutbox;
import org.citizenshop.application.TaskOutcomes;
import org.citizenshop.application.TaskReport;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.domain.model.agencyrequest.RequestKey;
import org.citizenshop.domain.model.cases.CaseRepository;
import org.citizenshop.domain.model.cases.CaseTask;
import org.citizenshop.domain.model.cases.CitizenCase;

/**
 * The case tasks' outbox, for the integration layer only: claims due tasks in batches, and records
 * what came of a batch's deliveries in one transaction, through {@link TaskOutcomes} as any answer is.
 */
@Stateless
@RolesAllowed(Roles.INTEGRATION)
public class TaskOutboxService implements TaskOutbox {

    private static final Logger LOG = Logger.getLogger(TaskOutboxService.class.getName());

    @Inject
    CaseRepository cases;

    @Inject
    TaskOutcomes outcomes;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Override
    public List<TaskDispatch> claim(String node, int max, Duration lease) {
        Instant now = clock.instant();
        Instant until = now.plus(lease);
        List<TaskDispatch> claimed = new ArrayList<>();
        for (CaseTask task : cases.lockDue(now, max)) {
            TaskDispatch dispatch;
            try {
                dispatch = dispatchOf(task);
            } catch (RuntimeException e) {
                // One task that cannot be prepared must not hold back the others: a dead letter, with why.
                LOG.log(Level.SEVERE, "Case task " + task.key().value() + " could not be prepared for delivery", e);
                String error = "The step could not be prepared for its agency: " + e;
                task.deliveryFailed(error, true, now, now);
                audit.record(Roles.INTEGRATION, "caseTask.abandoned", task.key().value(), error);
                continue;
            }
            task.claim(node, until);
            claimed.add(dispatch);
        }
        return claimed;
    }

    /** What delivering the task needs. */
    private static TaskDispatch dispatchOf(CaseTask task) {
        CitizenCase owner = task.citizenCase();
        return new TaskDispatch(
                task.key().value(),
                owner.reference().value(),
                task.service().agency().code().value(),
                task.serviceCode(),
                task.service().terms().connector(),
                owner.shop().map(shop -> shop.code().value()).orElse(""),
                owner.applicantCivilId().orElse(null),
                owner.fieldsFor(task).values());
    }

    @Override
    public int release(String node) {
        return cases.releaseClaims(node, clock.instant());
    }

    @Override
    public void record(List<TaskReport> reports) {
        cases.loadTasks(reports.stream()
                .map(report -> RequestKey.of(report.key()))
                .distinct()
                .toList());
        for (TaskReport report : reports) {
            report.to(outcomes);
        }
    }
}
