package org.citizenshop.domain.model.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Objects;
import org.citizenshop.domain.model.catalogue.PublicService;

/** One service of a visit (a journey has up to ten), with who served it and when. */
@Embeddable
public class TicketStep {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id")
    private PublicService service;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StepStatus status;

    @Column(name = "desk_code", length = 30)
    private String desk;

    @Column(name = "clerk_username", length = 100)
    private String clerk;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected TicketStep() {}

    TicketStep(PublicService service, StepStatus status) {
        this.service = Objects.requireNonNull(service);
        this.status = status;
    }

    void serviceChangedTo(PublicService other) {
        service = Objects.requireNonNull(other);
    }

    void begin() {
        status = StepStatus.CURRENT;
    }

    void finish(StepStatus outcome, String deskCode, String clerkUsername, Instant served, Instant now) {
        status = outcome;
        desk = deskCode;
        clerk = clerkUsername;
        startedAt = served;
        finishedAt = now;
    }

    public PublicService service() {
        return service;
    }

    public StepStatus status() {
        return status;
    }

    public String desk() {
        return desk;
    }

    public String clerk() {
        return clerk;
    }

    /** When the desk began this service (the call, or the explicit start if there was one). */
    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
