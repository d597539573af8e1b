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
    /** The agency each prefilled value came from, and the prefilled values the service locks. */
    protected final Map<String, String> registrySources = new HashMap<>();

    protected final Set<String> locked = new HashSet<>();

    /** Forgets which values came from a registry (a new consent, a new prefill). */
    protected void forgetRegistryValues() {
        fromRegistry.clear();
        registrySources.clear();
        locked.clear();
    }

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

    /** The label of a field of the form in the reader's language, or its key when the form has none. */
    protected String labelOf(String key, Locale locale) {
        if (lifeEvent != null) {
            for (FormGroupView group : lifeEvent.form()) {
                for (FormGroupView.Field field : group.fields()) {
                    if (field.key().equals(key)) {
                        return field.label().in(locale);
                    }
                }
            }
        }
        return key;
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

    /** Whether the field shows a registry's value that can be corrected only at that registry. */
    public boolean lockedFromRegistry(String key) {
        return locked.contains(key) && fromRegistry.contains(key);
    }

    /** The agency whose registry filled the field ("AT"), or empty. */
    public String registryOf(String key) {
        return registrySources.getOrDefault(key, "");
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
