package org.citizenshop.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.citizenshop.application.FormGroupView;
import org.citizenshop.application.IntegrationHealth;
import org.citizenshop.application.TaskAdministration;
import org.citizenshop.domain.model.DomainException;
import org.citizenshop.domain.model.InvalidFormException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.web.i18n.Texts;

/**
 * The failed deliveries an administrator or a supervisor may handle: replay, cancel with a reason,
 * or open one the agency never took and correct its data (its service's form, checked as a
 * submission is; what was typed stays on the form whatever is refused), then send it again.
 */
@Named
@ViewScoped
public class DeadLettersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskAdministration administration;

    @Inject
    Feedback feedback;

    @Inject
    IntegrationHealth health;

    @Inject
    LocaleSelection language;

    private List<TaskAdministration.FailedTask> failed = List.of();
    private List<IntegrationHealth.AgencyHealth> agencies = List.of();
    private List<IntegrationHealth.LateTask> late = List.of();
    private String reason;

    /** The step whose data is open for correction, or null. */
    private TaskAdministration.StepData editing;

    private final Map<String, String> data = new HashMap<>();
    private final Map<String, String> errors = new HashMap<>();

    public void load() {
        failed = administration.failedTasks();
        agencies = health.agencies();
        late = health.lateTasks();
    }

    public List<IntegrationHealth.LateTask> getLate() {
        return late;
    }

    public List<IntegrationHealth.AgencyHealth> getAgencies() {
        return agencies;
    }

    /** "AT-ADDRESS of case CS-2026-000003": what a message about the task names. */
    private Object[] named(String key) {
        if (editing != null && editing.key().equals(key)) {
            return new Object[] {editing.service(), editing.caseReference()};
        }
        return failed.stream()
                .filter(task -> task.key().equals(key))
                .findFirst()
                .map(task -> new Object[] {task.service(), task.caseReference()})
                .orElse(new Object[] {key, "?"});
    }

    public String replay(String key) {
        try {
            Object[] named = named(key);
            administration.replay(key);
            feedback.info("deadLetters.replayed", named);
            if (editing != null && editing.key().equals(key)) {
                close();
            }
        } catch (DomainException refused) {
            feedback.refused(refused);
        }
        load();
        return null;
    }

    public String cancel(String key) {
        try {
            if (reason == null || reason.isBlank()) {
                throw new InvalidInputException("reason", "deadLetters.reasonRequired", "Give a reason for cancelling");
            }
            Object[] named = named(key);
            administration.cancel(key, reason);
            feedback.info("deadLetters.cancelled", named);
            reason = null;
            if (editing != null && editing.key().equals(key)) {
                close();
            }
        } catch (DomainException refused) {
            feedback.refused(refused);
        }
        load();
        return null;
    }

    /** Opens a failed step's data in the editor. */
    public String edit(String key) {
        try {
            editing = administration.stepData(key);
            data.clear();
            errors.clear();
            editing.fields().forEach(field -> data.put(field.key(), field.value()));
        } catch (DomainException refused) {
            feedback.refused(refused);
            load();
        }
        return null;
    }

    /** Saves the corrected data; true when it was taken (or nothing changed). */
    private boolean saved() {
        errors.clear();
        Map<String, String> values = new LinkedHashMap<>();
        editing.fields().stream()
                .filter(field -> field.filledBy() == null)
                .forEach(field -> values.put(field.key(), data.get(field.key())));
        try {
            TaskAdministration.StepData before = editing;
            editing = administration.correct(editing.key(), values);
            int corrections = editing.corrections().size();
            if (corrections > before.corrections().size()) {
                feedback.info(
                        "deadLetters.corrected",
                        editing.service(),
                        editing.caseReference(),
                        editing.corrections().get(corrections - 1).fields().stream()
                                .map(field -> field.label().in(language.getLocale()))
                                .collect(Collectors.joining(", ")));
            } else {
                feedback.info("deadLetters.unchanged", editing.service(), editing.caseReference());
            }
            return true;
        } catch (InvalidFormException form) {
            form.refusals()
                    .forEach(refusal -> errors.put(
                            refusal.field(),
                            Texts.text(
                                    language.getLocale(),
                                    refusal.messageKey(),
                                    refusal.arguments().toArray())));
            feedback.refused(form);
        } catch (DomainException refused) {
            feedback.refused(refused);
        }
        return false;
    }

    public String save() {
        if (editing != null) {
            saved();
        }
        load();
        return null;
    }

    /** Saves, and when the data was taken sends the step again. */
    public String saveAndReplay() {
        if (editing != null && saved()) {
            return replay(editing.key());
        }
        load();
        return null;
    }

    public String close() {
        editing = null;
        data.clear();
        errors.clear();
        return null;
    }

    public TaskAdministration.StepData getEditing() {
        return editing;
    }

    /** The fields an earlier step's agency filled: shown, not edited. */
    public List<TaskAdministration.StepField> getFilledFields() {
        return editing == null
                ? List.of()
                : editing.fields().stream()
                        .filter(field -> field.filledBy() != null)
                        .toList();
    }

    /** The editable fields as the shared form include renders them, by group. */
    public List<FormGroupView> getGroups() {
        if (editing == null) {
            return List.of();
        }
        Map<String, List<FormGroupView.Field>> groups = new LinkedHashMap<>();
        for (TaskAdministration.StepField field : editing.fields()) {
            if (field.filledBy() == null) {
                groups.computeIfAbsent(field.group(), group -> new ArrayList<>())
                        .add(new FormGroupView.Field(
                                field.key(),
                                field.type(),
                                field.label(),
                                field.required(),
                                null,
                                field.choices(),
                                List.of(editing.service())));
            }
        }
        return groups.entrySet().stream()
                .map(group -> new FormGroupView(group.getKey(), group.getValue()))
                .toList();
    }

    public String inputType(FormGroupView.Field field) {
        return switch (field.type()) {
            case "DATE" -> "date";
            case "TIME" -> "time";
            default -> "text";
        };
    }

    /** The form include asks; nothing here comes from a registry. */
    public boolean fromRegistry(String key) {
        return false;
    }

    /**
     * The form include asks; no value here is locked by a registry: the agency's administrator corrects
     * what his agency could not take, registry numbers included.
     */
    public boolean lockedFromRegistry(String key) {
        return false;
    }

    /** The form include asks (only for a locked value, which this editor has none of). */
    public String registryOf(String key) {
        return "";
    }

    public Map<String, String> getData() {
        return data;
    }

    public Map<String, String> getErrors() {
        return errors;
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
