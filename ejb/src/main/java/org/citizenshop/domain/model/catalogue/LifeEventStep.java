package org.citizenshop.domain.model.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** One service of a life event; optional steps are the citizen's choice. */
@Embeddable
public class LifeEventStep {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id")
    private PublicService service;

    @Column(name = "step_number", nullable = false)
    private int stepNumber;

    @Column(nullable = false)
    private boolean optional;

    /** The services of the steps this one waits for, ','-separated. */
    @Column(name = "depends_on", nullable = false, length = 300)
    private String dependsOn = "";

    /** When the step applies (a {@link StepCondition}), or null: always. */
    @Column(name = "step_condition", length = 300)
    private String condition;

    protected LifeEventStep() {}

    LifeEventStep(PublicService service, int stepNumber, boolean optional, Set<String> dependsOn, String condition) {
        this(service, stepNumber, optional, dependsOn);
        this.condition = condition;
    }

    LifeEventStep(PublicService service, int stepNumber, boolean optional, Set<String> dependsOn) {
        this.service = java.util.Objects.requireNonNull(service, "service");
        this.stepNumber = stepNumber;
        this.optional = optional;
        this.dependsOn = String.join(",", dependsOn.stream().sorted().toList());
    }

    public PublicService service() {
        return service;
    }

    public int stepNumber() {
        return stepNumber;
    }

    public boolean optional() {
        return optional;
    }

    public java.util.Optional<String> condition() {
        return java.util.Optional.ofNullable(condition);
    }

    public Set<String> dependsOn() {
        return Arrays.stream(dependsOn.split(","))
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
