package org.citizenshop.domain.model.catalogue;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.LocalizedText;

/**
 * What a bundle's owner edits of a life event, as one value: names, summary, search words, and the
 * steps (a service each, optional or not, and the steps it waits for). The steps must make a graph
 * ({@link BundleDesign}: no cycle, no unknown step), checked when the draft is saved.
 */
public record LifeEventDefinition(
        LocalizedText name, LocalizedText summary, LocalizedText keywords, List<Step> steps, int minimumOptional)
        implements Serializable {

    public static final int MAX_STEPS = 20;

    /** A step; {@code condition} (or null) says when it applies, as a {@link StepCondition}. */
    public record Step(String service, boolean optional, Set<String> dependsOn, String condition)
            implements Serializable {

        public Step {
            Objects.requireNonNull(service, "service");
            dependsOn = dependsOn == null ? Set.of() : Set.copyOf(dependsOn);
            condition = condition == null || condition.isBlank()
                    ? null
                    : StepCondition.parse(condition).toString();
            if (condition != null && condition.length() > 300) {
                throw new InvalidInputException("condition", "catalogue.tooLong", "condition is too long", 300);
            }
        }

        public Step(String service, boolean optional, Set<String> dependsOn) {
            this(service, optional, dependsOn, null);
        }
    }

    public LifeEventDefinition {
        Objects.requireNonNull(name, "name");
        summary = summary == null ? new LocalizedText("", "") : summary;
        keywords = keywords == null ? new LocalizedText("", "") : keywords;
        steps = steps == null ? List.of() : List.copyOf(steps);
        required("namePt", name.pt(), ServiceDefinition.MAX_TEXT);
        required("nameEn", name.en(), ServiceDefinition.MAX_TEXT);
        limited("summaryPt", summary.pt(), ServiceDefinition.MAX_LIST_TEXT);
        limited("summaryEn", summary.en(), ServiceDefinition.MAX_LIST_TEXT);
        limited("keywordsPt", keywords.pt(), ServiceDefinition.MAX_LIST_TEXT);
        limited("keywordsEn", keywords.en(), ServiceDefinition.MAX_LIST_TEXT);
        if (steps.isEmpty() || steps.size() > MAX_STEPS) {
            throw new InvalidInputException(
                    "steps", "bundle.stepCount", "A life event has 1 to " + MAX_STEPS + " steps", MAX_STEPS);
        }
        long optional = steps.stream().filter(Step::optional).count();
        if (minimumOptional < 0 || minimumOptional > optional) {
            throw new InvalidInputException(
                    "minimumOptional",
                    "bundle.minimumOptionalRange",
                    "At least " + minimumOptional + " of " + optional + " optional steps cannot be asked",
                    minimumOptional,
                    optional);
        }
    }

    /**
     * Checks a citizen's choice of optional steps: only this bundle's optional steps, and at least
     * as many as the bundle asks for.
     */
    public void requireValidChoice(java.util.Set<String> chosen) {
        List<String> optional =
                steps.stream().filter(Step::optional).map(Step::service).toList();
        for (String service : chosen) {
            if (!optional.contains(service)) {
                throw new InvalidInputException(
                        "steps", "bundle.notAnOptionalStep", service + " is not an optional step", service);
            }
        }
        if (chosen.size() < minimumOptional) {
            throw new InvalidInputException(
                    "steps",
                    "bundle.chooseAtLeast",
                    "Choose at least " + minimumOptional + " of " + optional,
                    minimumOptional,
                    String.join(", ", optional));
        }
    }

    private static void required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "catalogue.textRequired", field + " is required");
        }
        limited(field, value, max);
    }

    private static void limited(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, "catalogue.tooLong", field + " is too long", max);
        }
    }

    /** What differs from an earlier definition, attribute by attribute and step by step. */
    public List<ServiceDefinition.Change> changesSince(LifeEventDefinition earlier) {
        List<ServiceDefinition.Change> changes = new java.util.ArrayList<>();
        compare(changes, "namePt", earlier.name().pt(), name.pt());
        compare(changes, "nameEn", earlier.name().en(), name.en());
        compare(changes, "summaryPt", earlier.summary().pt(), summary.pt());
        compare(changes, "summaryEn", earlier.summary().en(), summary.en());
        compare(changes, "keywordsPt", earlier.keywords().pt(), keywords.pt());
        compare(changes, "keywordsEn", earlier.keywords().en(), keywords.en());
        compare(changes, "minimumOptional", String.valueOf(earlier.minimumOptional()), String.valueOf(minimumOptional));
        for (Step step : steps) {
            Step before = earlier.steps().stream()
                    .filter(old -> old.service().equals(step.service()))
                    .findFirst()
                    .orElse(null);
            compare(changes, "step " + step.service(), before == null ? null : describe(before), describe(step));
        }
        for (Step old : earlier.steps()) {
            if (steps.stream().noneMatch(step -> step.service().equals(old.service()))) {
                changes.add(new ServiceDefinition.Change("step " + old.service(), describe(old), null));
            }
        }
        return List.copyOf(changes);
    }

    private static void compare(List<ServiceDefinition.Change> changes, String attribute, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new ServiceDefinition.Change(attribute, before, after));
        }
    }

    private static String describe(Step step) {
        return (step.optional() ? "optional" : "required")
                + (step.dependsOn().isEmpty()
                        ? ""
                        : ", after "
                                + String.join(
                                        ", ", step.dependsOn().stream().sorted().toList()))
                + (step.condition() == null ? "" : ", when " + step.condition());
    }
}
