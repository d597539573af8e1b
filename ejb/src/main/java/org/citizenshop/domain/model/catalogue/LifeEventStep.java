package org.citizenshop.domain.model.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

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

    protected LifeEventStep() {}

    public PublicService service() {
        return service;
    }

    public int stepNumber() {
        return stepNumber;
    }

    public boolean optional() {
        return optional;
    }
}
