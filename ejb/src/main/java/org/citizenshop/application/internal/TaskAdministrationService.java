package org.citizenshop.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.citizenshop.application.Roles;
import org.citizenshop.application.TaskAdministration;
import org.citizenshop.application.port.AgencyDispatch;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.agencyrequest.RequestKey;
import org.citizenshop.domain.model.cases.CaseRepository;
import org.citizenshop.domain.model.cases.CaseTask;
import org.citizenshop.domain.model.cases.TaskStatus;
import org.citizenshop.domain.model.privacy.DataAccess;
import org.citizenshop.domain.model.privacy.DataAction;
import org.citizenshop.domain.model.privacy.PersonalData;

@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.AGENCY_ADMIN})
public class TaskAdministrationService implements TaskAdministration {

    static final int LIST_LIMIT = 500;

    @Inject
    DataTrail dataTrail;

    @Inject
    CaseRepository cases;

    @Inject
    AgencyEditors editors;

    @Inject
    AgencyDispatch dispatch;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Override
    public List<FailedTask> failedTasks() {
        String agency = session.isCallerInRole(Roles.SUPERVISOR)
                ? null
                : editors.of(caller()).agency().code().value();
        return cases.tasksIn(TaskStatus.FAILED, LIST_LIMIT).stream()
                .filter(task ->
                        agency == null || task.service().agency().code().value().equals(agency))
                .map(task -> new FailedTask(
                        task.key().value(),
                        task.citizenCase().reference().value(),
                        task.serviceCode(),
                        task.service().agency().code().value(),
                        task.failedAttempts(),
                        task.lastError().orElse(""),
                        task.updatedAt()))
                .toList();
    }

    @Override
    public void replay(String key) {
        CaseTask task = mayHandle(key);
        Instant now = clock.instant();
        task.citizenCase().retry(task, now);
        dispatch.handOffTask(task.key(), task.service().agency().code());
        trail(task);
        audit.record(
                caller(),
                "caseTask.replayed",
                key,
                "case=" + task.citizenCase().reference().value());
    }

    @Override
    public void cancel(String key, String reason) {
        CaseTask task = mayHandle(key);
        task.citizenCase().cancel(task, reason.strip(), clock.instant());
        trail(task);
        audit.record(caller(), "caseTask.cancelled", key, reason.strip());
    }

    /** On the record of the case's people: an administrator resent or stopped one of its steps. */
    private void trail(CaseTask task) {
        dataTrail.record(
                DataTrail.subjectsOf(task.citizenCase()),
                caller(),
                DataTrail.roleOf(session),
                DataAction.CHANGE,
                EnumSet.of(PersonalData.CASE),
                DataAccess.Purpose.DEAD_LETTER,
                task.citizenCase().reference().value());
    }

    /** The task, if the caller may handle it: a supervisor any, an administrator his agency's. */
    private CaseTask mayHandle(String key) {
        CaseTask task = cases.findTask(RequestKey.of(key))
                .orElseThrow(() -> new NotFoundException("caseTask.unknown", "No case task " + key, key));
        if (!session.isCallerInRole(Roles.SUPERVISOR)) {
            editors.requireOwner(caller(), task.service().agency(), task.serviceCode(), "task.otherAgency");
        }
        return task;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
