package org.citizenshop.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.citizenshop.application.TaskAdministration;
import org.citizenshop.domain.model.DomainException;

/** The failed deliveries an administrator or a supervisor may handle: replay, or cancel with a reason. */
@Named
@ViewScoped
public class DeadLettersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskAdministration administration;

    @Inject
    Feedback feedback;

    @Inject
    org.citizenshop.application.IntegrationHealth health;

    private List<TaskAdministration.FailedTask> failed = List.of();
    private List<org.citizenshop.application.IntegrationHealth.AgencyHealth> agencies = List.of();
    private String reason;

    public void load() {
        failed = administration.failedTasks();
        agencies = health.agencies();
        late = health.lateTasks();
    }

    private List<org.citizenshop.application.IntegrationHealth.LateTask> late = List.of();

    public List<org.citizenshop.application.IntegrationHealth.LateTask> getLate() {
        return late;
    }

    public List<org.citizenshop.application.IntegrationHealth.AgencyHealth> getAgencies() {
        return agencies;
    }

    /** "AT-ADDRESS of case CS-2026-000003": what a message about the task names. */
    private Object[] named(String key) {
        return failed.stream()
                .filter(task -> task.key().equals(key))
                .findFirst()
                .map(task -> new Object[] {task.service(), task.caseReference()})
                .orElse(new Object[] {key, "?"});
    }

    public String replay(String key) {
        try {
            administration.replay(key);
            feedback.info("deadLetters.replayed", named(key));
        } catch (DomainException refused) {
            feedback.refused(refused);
        }
        load();
        return null;
    }

    public String cancel(String key) {
        try {
            if (reason == null || reason.isBlank()) {
                throw new org.citizenshop.domain.model.InvalidInputException(
                        "reason", "deadLetters.reasonRequired", "Give a reason for cancelling");
            }
            administration.cancel(key, reason);
            feedback.info("deadLetters.cancelled", named(key));
            reason = null;
        } catch (DomainException refused) {
            feedback.refused(refused);
        }
        load();
        return null;
    }

    public List<TaskAdministration.FailedTask> getFailed() {
        return failed;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
