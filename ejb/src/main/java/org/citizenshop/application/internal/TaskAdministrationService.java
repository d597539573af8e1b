package org.citizenshop.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citizenshop.application.Roles;
import org.citizenshop.application.TaskAdministration;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.application.port.DueTasks;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.agencyrequest.RequestKey;
import org.citizenshop.domain.model.cases.CaseRepository;
import org.citizenshop.domain.model.cases.CaseTask;
import org.citizenshop.domain.model.cases.CitizenCase;
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
    DueTasks dueTasks;

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
                        task.updatedAt(),
                        task.fixable()))
                .toList();
    }

    @Override
    public StepData stepData(String key) {
        CaseTask task = mayHandle(key);
        dataTrail.record(
                subjectsOf(task),
                caller(),
                DataTrail.roleOf(session),
                DataAction.READ,
                EnumSet.of(PersonalData.CASE),
                DataAccess.Purpose.DEAD_LETTER,
                task.citizenCase().reference().value());
        return view(task);
    }

    @Override
    public StepData correct(String key, Map<String, String> values) {
        CaseTask task = mayHandle(key);
        CitizenCase owner = task.citizenCase();
        List<String> changed = owner.correct(task, values, caller(), clock.instant());
        if (!changed.isEmpty()) {
            trail(task);
            // The fields by their keys only: their values are the citizen's data, never in the audit trail.
            audit.record(
                    caller(),
                    "caseTask.corrected",
                    key,
                    "case=" + owner.reference().value() + " fields=" + String.join(",", changed));
        }
        return view(task);
    }

    private static StepData view(CaseTask task) {
        CitizenCase owner = task.citizenCase();
        return new StepData(
                task.key().value(),
                owner.reference().value(),
                task.serviceCode(),
                task.service().name(),
                task.service().agency().code().value(),
                task.status().name(),
                task.fixable(),
                task.lastError().orElse(null),
                owner.stepValues(task).stream()
                        .map(value -> new StepField(
                                value.field().key(),
                                value.field().type().name(),
                                value.field().label(),
                                value.field().group(),
                                value.field().required(),
                                value.field().choices(),
                                value.value(),
                                value.filledBy()))
                        .toList(),
                CaseViews.corrections(task));
    }

    @Override
    public void replay(String key) {
        CaseTask task = mayHandle(key);
        Instant now = clock.instant();
        Optional<RequestKey> replaced = task.citizenCase().retry(task, now);
        dueTasks.becameDue();
        trail(task);
        audit.record(
                caller(),
                "caseTask.replayed",
                key,
                "case=" + task.citizenCase().reference().value()
                        + replaced.map(old -> " newKey=" + task.key().value()).orElse(""));
    }

    @Override
    public void cancel(String key, String reason) {
        CaseTask task = mayHandle(key);
        task.citizenCase().cancel(task, reason.strip(), clock.instant());
        trail(task);
        audit.record(caller(), "caseTask.cancelled", key, reason.strip());
    }

    /** The case's people, and anyone a corrected civil ID number of the step names. */
    private static Set<String> subjectsOf(CaseTask task) {
        Set<String> subjects = new LinkedHashSet<>(DataTrail.subjectsOf(task.citizenCase()));
        task.citizenCase().fieldsFor(task).values().forEach((field, value) -> {
            if (field.endsWith("civilId")) {
                DataTrail.civilId(value).ifPresent(subjects::add);
            }
        });
        return subjects;
    }

    /** On the record of the case's people: an administrator resent, stopped or corrected one of its steps. */
    private void trail(CaseTask task) {
        dataTrail.record(
                subjectsOf(task),
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
