package org.citizenshop.web.faces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.citizenshop.application.FormGroupView;
import org.citizenshop.application.LifeEventView;
import org.citizenshop.domain.model.InvalidFormException;
import org.citizenshop.web.i18n.Texts;

/**
 * A life event's one generated form, as the desk and the kiosk show it: the values typed (kept
 * whatever is refused), each field's problem, the optional steps chosen, and which values came from
 * a registry. The page renders it with the include {@code form-fields.xhtml}.
 */
public abstract class LifeEventForm implements Serializable {

    private static final long serialVersionUID = 1L;

    protected LifeEventView lifeEvent;
    protected final Map<String, String> data = new HashMap<>();
    protected final Map<String, String> errors = new HashMap<>();
    protected List<String> chosen = new ArrayList<>();
    protected final Set<String> fromRegistry = new HashSet<>();

    /** The values typed, blanks left out. */
    protected Map<String, String> cleaned() {
        Map<String, String> values = new HashMap<>();
        data.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                values.put(key, value);
            }
        });
        return values;
    }

    /** Puts each refusal of a form at its field, in the reader's language. */
    protected void showAtFields(InvalidFormException form, Locale locale) {
        form.refusals()
                .forEach(refusal -> errors.put(
                        refusal.field(),
                        Texts.text(
                                locale,
                                refusal.messageKey(),
                                refusal.arguments().toArray())));
    }

    /** The form's groups, without the fields only optional steps not chosen ask for. */
    public List<FormGroupView> getGroups() {
        if (lifeEvent == null) {
            return List.of();
        }
        Set<String> optional = new LinkedHashSet<>();
        lifeEvent.steps().stream().filter(LifeEventView.Step::optional).forEach(step -> optional.add(step.service()));
        List<FormGroupView> groups = new ArrayList<>();
        for (FormGroupView group : lifeEvent.form()) {
            List<FormGroupView.Field> shown = group.fields().stream()
                    .filter(field -> field.askedBy().stream()
                            .anyMatch(step -> !optional.contains(step) || chosen.contains(step)))
                    .toList();
            if (!shown.isEmpty()) {
                groups.add(new FormGroupView(group.group(), shown));
            }
        }
        return groups;
    }

    public List<LifeEventView.Step> getOptionalSteps() {
        return lifeEvent == null
                ? List.of()
                : lifeEvent.steps().stream()
                        .filter(LifeEventView.Step::optional)
                        .toList();
    }

    public String inputType(FormGroupView.Field field) {
        return switch (field.type()) {
            case "DATE" -> "date";
            case "TIME" -> "time";
            default -> "text";
        };
    }

    public boolean fromRegistry(String key) {
        return fromRegistry.contains(key);
    }

    public LifeEventView getLifeEvent() {
        return lifeEvent;
    }

    public Map<String, String> getData() {
        return data;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
    }
}
