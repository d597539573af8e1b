package org.citizenshop.domain.model.catalogue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.LocalizedText;

/**
 * A life event's steps as a graph: each step is a service that starts when the steps it depends
 * on are done and can use their outputs. Built only from a graph without cycles or unknown steps.
 * From it comes the one form a citizen fills for the whole bundle: the union of the chosen steps'
 * fields, each key asked once, without the fields an earlier step's output fills, grouped.
 */
public final class BundleDesign {

    /** One step: its service, whether the citizen may leave it out, what it needs first, what it asks and gives. */
    public record Step(
            String service,
            LocalizedText name,
            boolean optional,
            Set<String> dependsOn,
            List<ServiceField> fields,
            Set<String> outputs,
            StepCondition condition) {

        public Step {
            Objects.requireNonNull(service, "service");
            dependsOn = Set.copyOf(dependsOn);
            fields = List.copyOf(fields);
            outputs = Set.copyOf(outputs);
        }

        public Step(
                String service,
                LocalizedText name,
                boolean optional,
                Set<String> dependsOn,
                List<ServiceField> fields,
                Set<String> outputs) {
            this(service, name, optional, dependsOn, fields, outputs, null);
        }
    }

    /** A field of the generated form, with the steps that ask for it. */
    public record FormField(
            String key,
            FieldType type,
            LocalizedText label,
            boolean required,
            Optional<String> prefillFrom,
            List<String> choices,
            List<String> askedBy,
            boolean prefillLocked) {}

    /** Fields shown together ("child", "parents", "address"), in the order the steps first ask them. */
    public record FormGroup(String group, List<FormField> fields) {}

    private final Map<String, Step> steps;
    private final List<String> order;

    private BundleDesign(Map<String, Step> steps, List<String> order) {
        this.steps = steps;
        this.order = order;
    }

    /**
     * The design of these steps; refused when a step appears twice, depends on a step that is not
     * in the bundle or on itself, or when dependencies go round in a circle.
     */
    public static BundleDesign of(List<Step> steps) {
        Map<String, Step> byService = new LinkedHashMap<>();
        for (Step step : steps) {
            if (byService.put(step.service(), step) != null) {
                throw new InvalidInputException(
                        "steps", "bundle.duplicateStep", "Step " + step.service() + " appears twice", step.service());
            }
        }
        for (Step step : steps) {
            for (String needed : step.dependsOn()) {
                if (!byService.containsKey(needed)) {
                    throw new InvalidInputException(
                            "steps",
                            "bundle.unknownDependency",
                            step.service() + " depends on " + needed + ", which is not a step of the bundle",
                            step.service(),
                            needed);
                }
            }
        }
        Set<String> asked = new HashSet<>();
        steps.forEach(step -> step.fields().forEach(field -> asked.add(field.key())));
        for (Step step : steps) {
            if (step.condition() != null) {
                for (String key : step.condition().keys()) {
                    if (!asked.contains(key)) {
                        throw new InvalidInputException(
                                "steps",
                                "bundle.conditionUnknownField",
                                "The condition of " + step.service() + " reads " + key + ", which no step asks for",
                                step.service(),
                                key);
                    }
                }
            }
        }
        return new BundleDesign(byService, topologicalOrder(byService));
    }

    /** The form fields the conditions of the included steps read: they must be answered. */
    public Set<String> conditionKeys(Set<String> chosen) {
        Set<String> keys = new LinkedHashSet<>();
        for (Step step : steps.values()) {
            if ((!step.optional() || chosen.contains(step.service())) && step.condition() != null) {
                keys.addAll(step.condition().keys());
            }
        }
        return keys;
    }

    /**
     * The steps a citizen goes through, in order: every required step and the optional ones he
     * chose, less those whose condition the form data does not meet.
     */
    public List<String> stepsFor(Set<String> chosen, Map<String, String> data) {
        return order.stream()
                .filter(service -> !steps.get(service).optional() || chosen.contains(service))
                .filter(service -> {
                    StepCondition condition = steps.get(service).condition();
                    return condition == null || condition.holds(data);
                })
                .toList();
    }

    /**
     * The design of a life event's definition; {@code services} holds the services its steps name
     * (a step naming a service that is not there is refused).
     */
    public static BundleDesign of(LifeEventDefinition definition, Map<String, PublicService> services) {
        List<Step> steps = new ArrayList<>();
        for (LifeEventDefinition.Step step : definition.steps()) {
            PublicService service = services.get(step.service());
            if (service == null) {
                throw new InvalidInputException(
                        "steps", "service.unknown", "No service " + step.service(), step.service());
            }
            steps.add(new Step(
                    step.service(),
                    service.name(),
                    step.optional(),
                    step.dependsOn(),
                    service.fields(),
                    service.outputs().stream().map(ServiceOutput::key).collect(java.util.stream.Collectors.toSet()),
                    step.condition() == null ? null : StepCondition.parse(step.condition())));
        }
        return of(steps);
    }

    /** Kahn's algorithm, keeping the listed order among steps that are ready together. */
    private static List<String> topologicalOrder(Map<String, Step> steps) {
        Map<String, Integer> waitingFor = new LinkedHashMap<>();
        steps.values()
                .forEach(step -> waitingFor.put(step.service(), step.dependsOn().size()));
        List<String> order = new ArrayList<>();
        Deque<String> ready = new ArrayDeque<>();
        waitingFor.forEach((service, count) -> {
            if (count == 0) {
                ready.add(service);
            }
        });
        while (!ready.isEmpty()) {
            String done = ready.poll();
            order.add(done);
            for (Step step : steps.values()) {
                if (step.dependsOn().contains(done) && waitingFor.merge(step.service(), -1, Integer::sum) == 0) {
                    ready.add(step.service());
                }
            }
        }
        if (order.size() < steps.size()) {
            List<String> inCycle = inCycle(steps, order);
            throw new InvalidInputException(
                    "steps",
                    "bundle.cycle",
                    "The dependencies of " + inCycle + " go round in a circle",
                    String.join(", ", inCycle));
        }
        return List.copyOf(order);
    }

    /**
     * Of the steps Kahn's algorithm could not order, those on a circle: the ones left after taking
     * away, again and again, every step that no other left step waits for (those only come after a
     * circle, they are not on it).
     */
    private static List<String> inCycle(Map<String, Step> steps, List<String> ordered) {
        Set<String> left = new LinkedHashSet<>(steps.keySet());
        ordered.forEach(left::remove);
        while (true) {
            List<String> after = left.stream()
                    .filter(service -> left.stream()
                            .noneMatch(other -> steps.get(other).dependsOn().contains(service)))
                    .toList();
            if (after.isEmpty()) {
                return List.copyOf(left);
            }
            after.forEach(left::remove);
        }
    }

    /** The steps in an order that respects every dependency. */
    public List<String> order() {
        return order;
    }

    /** Every step the given step waits for, directly or through others. */
    public Set<String> before(String service) {
        Set<String> before = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(steps.get(service).dependsOn());
        while (!toVisit.isEmpty()) {
            String next = toVisit.poll();
            if (before.add(next)) {
                toVisit.addAll(steps.get(next).dependsOn());
            }
        }
        return before;
    }

    /**
     * The form for the steps every citizen goes through plus the optional ones chosen (all of them
     * when {@code chosen} is null): each key once, required when any step needs it, left out when
     * every step that asks for it gets it from a step it waits for.
     */
    public List<FormGroup> form(Set<String> chosen) {
        Set<String> included = new HashSet<>();
        for (Step step : steps.values()) {
            if (!step.optional() || chosen == null || chosen.contains(step.service())) {
                included.add(step.service());
            }
        }
        Map<String, List<ServiceField>> asked = new LinkedHashMap<>();
        Map<String, List<String>> askedBy = new LinkedHashMap<>();
        for (String service : order) {
            if (!included.contains(service)) {
                continue;
            }
            Step step = steps.get(service);
            Set<String> filled = new HashSet<>();
            for (String earlier : before(service)) {
                if (included.contains(earlier)) {
                    filled.addAll(steps.get(earlier).outputs());
                }
            }
            step.fields().stream()
                    .sorted(java.util.Comparator.comparingInt(ServiceField::position))
                    .filter(field -> !filled.contains(field.key()))
                    .forEach(field -> {
                        asked.computeIfAbsent(field.key(), key -> new ArrayList<>())
                                .add(field);
                        askedBy.computeIfAbsent(field.key(), key -> new ArrayList<>())
                                .add(service);
                    });
        }
        Map<String, List<FormField>> groups = new LinkedHashMap<>();
        asked.forEach((key, fields) -> {
            ServiceField first = fields.get(0);
            FormField field = new FormField(
                    key,
                    first.type(),
                    first.label(),
                    fields.stream().anyMatch(ServiceField::required),
                    fields.stream()
                            .map(ServiceField::prefillFrom)
                            .flatMap(Optional::stream)
                            .findFirst(),
                    first.choices(),
                    List.copyOf(askedBy.get(key)),
                    fields.stream().anyMatch(ServiceField::prefillLocked));
            groups.computeIfAbsent(first.group(), group -> new ArrayList<>()).add(field);
        });
        return groups.entrySet().stream()
                .map(group -> new FormGroup(group.getKey(), List.copyOf(group.getValue())))
                .toList();
    }
}
