package org.citizenshop.domain.model.ticket;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.catalogue.ServiceQueue;
import org.citizenshop.domain.model.shop.Desk;
import org.citizenshop.domain.model.shop.Shop;

/**
 * A citizen's visit to a shop on one day (a senha): one number for up to ten services (a journey),
 * from issue through queues and desks to the end of service. Arrival time never changes, so a
 * ticket moved to another queue or desk keeps its place.
 */
@Entity
@Table(name = "ticket")
public class Ticket {

    /** Portugal's "choose up to 10 services" route. */
    public static final int MAX_SERVICES = 10;

    /** Drawn ahead from a sequence (V26), so that the tickets of one transaction are inserted together. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_ids")
    @SequenceGenerator(name = "ticket_ids", sequenceName = "ticket_ids", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "shop_id")
    private Shop shop;

    /** The queue it waits in now (the current service's queue, or the one it was moved to). */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "queue_id")
    private ServiceQueue queue;

    /** The service of the current step, kept on the ticket so that calling can select on it. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id")
    private PublicService service;

    @ElementCollection
    @CollectionTable(name = "ticket_step", joinColumns = @JoinColumn(name = "ticket_id"))
    @OrderColumn(name = "position")
    private List<TicketStep> steps = new ArrayList<>();

    @Column(name = "service_day", nullable = false)
    private LocalDate serviceDay;

    @Column(nullable = false, length = 8)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority_reason", length = 30)
    private PriorityReason priorityReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TicketStatus status = TicketStatus.WAITING;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(name = "client_fingerprint", length = 64)
    private String clientFingerprint;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    /** For a checked-in appointment: the start of its slot, when it is called ahead of walk-ins. */
    @Column(name = "appointment_at")
    private Instant appointmentAt;

    @Column(name = "called_at")
    private Instant calledAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(nullable = false)
    private int recalls;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "desk_id")
    private Desk desk;

    /** Set when a clerk transferred the ticket to one particular desk: only that desk calls it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_desk_id")
    private Desk assignedDesk;

    @Column(name = "clerk_username", length = 100)
    private String clerk;

    @Column(name = "closing_reason", length = 40)
    private String closingReason;

    @Column(name = "access_code", nullable = false, unique = true, length = 24)
    private String accessCode;

    @Version
    private long version;

    protected Ticket() {}

    Ticket(
            ServiceQueue queue,
            List<PublicService> services,
            TicketNumber number,
            PriorityReason priorityReason,
            Channel channel,
            ClientFingerprint clientFingerprint,
            Instant issuedAt) {
        requireServices(services);
        PublicService first = services.get(0);
        if (!queue.feeds(first)) {
            throw new IllegalArgumentException("queue " + queue.code() + " is not fed by " + first.code());
        }
        this.shop = queue.shop();
        this.queue = queue;
        this.service = first;
        for (PublicService each : services) {
            steps.add(new TicketStep(each, each == first ? StepStatus.CURRENT : StepStatus.PENDING));
        }
        this.serviceDay = shop.serviceDay(issuedAt);
        this.number = number.toString();
        this.priorityReason = priorityReason;
        this.channel = Objects.requireNonNull(channel);
        this.clientFingerprint = clientFingerprint == null ? null : clientFingerprint.value();
        this.issuedAt = Objects.requireNonNull(issuedAt);
        this.accessCode = AccessCode.generate().value();
    }

    /**
     * Refuses a list of services no ticket can carry (none, more than {@link #MAX_SERVICES}, or one twice):
     * checked before a number is drawn, so that a refused request leaves no gap in the series.
     */
    public static void requireServices(List<PublicService> services) {
        if (services.isEmpty() || services.size() > MAX_SERVICES) {
            throw new InvalidInputException(
                    "services",
                    "ticket.services.count",
                    "A ticket is for 1 to " + MAX_SERVICES + " services",
                    MAX_SERVICES);
        }
        if (services.stream().distinct().count() != services.size()) {
            throw new InvalidInputException("services", "ticket.services.repeated", "A service is asked for twice");
        }
    }

    /** The clerk at a desk calls this ticket; only a waiting ticket the desk may serve can be called. */
    public void callTo(Desk calledDesk, String clerkUsername, Instant now) {
        requireStatus(TicketStatus.WAITING, "ticket.notWaiting");
        if (!calledDesk.shop().isSameAs(shop) || !calledDesk.serves(service)) {
            throw new IllegalArgumentException("desk " + calledDesk.code() + " cannot serve ticket " + number);
        }
        if (assignedDesk != null && !assignedDesk.isSameAs(calledDesk)) {
            throw new IllegalArgumentException("ticket " + number + " was transferred to another desk");
        }
        status = TicketStatus.CALLED;
        desk = calledDesk;
        assignedDesk = null;
        clerk = clerkUsername;
        calledAt = now;
        startedAt = null;
        recalls = 0;
    }

    /** The board announces the ticket again: the citizen has not come to the desk yet. */
    public void recall() {
        requireStatus(TicketStatus.CALLED, "ticket.notCalled");
        recalls++;
    }

    /** The citizen is at the desk; the service time counts from now. */
    public void start(Instant now) {
        requireStatus(TicketStatus.CALLED, "ticket.notCalled");
        status = TicketStatus.IN_SERVICE;
        startedAt = now;
    }

    /** The service after the current one, if the visit goes on (its queue is needed to complete the step). */
    public Optional<PublicService> nextService() {
        return steps.stream()
                .filter(step -> step.status() == StepStatus.PENDING)
                .findFirst()
                .map(TicketStep::service);
    }

    /**
     * The desk's part is done. With another service ahead, the ticket goes back to waiting, in that
     * service's queue (given by the caller), keeping its number and arrival; otherwise the visit ends.
     */
    public void complete(ServiceQueue nextQueue, Instant now) {
        requireAtDesk();
        TicketStep current = currentStep();
        current.finish(StepStatus.DONE, desk.code().value(), clerk, startedAt == null ? calledAt : startedAt, now);
        Optional<PublicService> next = nextService();
        if (next.isEmpty()) {
            status = TicketStatus.COMPLETED;
            finishedAt = now;
            return;
        }
        if (nextQueue == null
                || !nextQueue.feeds(next.get())
                || !nextQueue.shop().isSameAs(shop)) {
            throw new IllegalArgumentException("the next service of ticket " + number + " needs its own queue");
        }
        stepFor(next.get()).begin();
        backToWaiting(nextQueue, next.get());
    }

    /**
     * The citizen did not come after the announced recalls. The shop's rule says how many recalls
     * come first; the rest of the visit is dropped and the day's quota place is given back.
     */
    public void markNoShow(int recallsRequired, Instant now) {
        requireStatus(TicketStatus.CALLED, "ticket.notCalled");
        if (recalls < recallsRequired) {
            throw new ConflictException(
                    "ticket.recallFirst",
                    "Ticket " + number + " was recalled " + recalls + " of " + recallsRequired + " times",
                    number,
                    recalls,
                    recallsRequired);
        }
        dropRemainingSteps(now);
        status = TicketStatus.NO_SHOW;
        finishedAt = now;
    }

    /**
     * Moves the ticket to another queue, for the same or another service (the citizen turned out to
     * need something else), keeping the number, the priority and the arrival time.
     */
    public void transferTo(ServiceQueue target, PublicService targetService) {
        requireAtDesk();
        if (!target.shop().isSameAs(shop) || !target.feeds(targetService)) {
            throw new InvalidInputException(
                    "service",
                    "ticket.transfer.notInQueue",
                    "Queue " + target.code() + " does not serve " + targetService.code(),
                    targetService.code().value(),
                    target.code());
        }
        currentStep().serviceChangedTo(targetService);
        backToWaiting(target, targetService);
    }

    /** Sends the ticket to one desk, which calls it before anything else it may serve. */
    public void transferTo(Desk target) {
        requireAtDesk();
        if (!target.shop().isSameAs(shop) || !target.serves(service)) {
            throw new InvalidInputException(
                    "desk",
                    "ticket.transfer.deskCannotServe",
                    "Desk " + target.code() + " cannot serve " + service.code(),
                    target.number(),
                    service.code().value());
        }
        backToWaiting(queue, service);
        assignedDesk = target;
    }

    /** The desk was closed under it (the clerk left): the ticket waits again, keeping its place. */
    public void releaseFromDesk() {
        requireAtDesk();
        backToWaiting(queue, service);
    }

    /** The citizen gives up the ticket before being called; the place goes back to the quota. */
    public void cancel(Instant now) {
        requireStatus(TicketStatus.WAITING, "ticket.notWaiting");
        dropRemainingSteps(now);
        status = TicketStatus.CANCELLED;
        finishedAt = now;
    }

    /** The shop closed the day with this ticket unserved. */
    public void closeUnserved(String reason, Instant now) {
        if (!status.isOpen()) {
            throw new ConflictException("ticket.notOpen", "Ticket " + number + " is already finished", number);
        }
        dropRemainingSteps(now);
        status = TicketStatus.CLOSED;
        closingReason = reason;
        finishedAt = now;
    }

    /**
     * The shop closed the day with this ticket waiting and keeps such tickets: it waits on the next
     * day under a number of that day's series, and keeps its arrival, so it is called first.
     */
    public void carryOver(LocalDate nextDay, TicketNumber nextDayNumber) {
        requireStatus(TicketStatus.WAITING, "ticket.notWaiting");
        if (!nextDay.isAfter(serviceDay)) {
            throw new IllegalArgumentException("a ticket is carried over to a later day");
        }
        if (nextDayNumber.series() != number().series()) {
            throw new IllegalArgumentException("a carried ticket keeps its series letter");
        }
        serviceDay = nextDay;
        number = nextDayNumber.toString();
    }

    private void backToWaiting(ServiceQueue target, PublicService targetService) {
        queue = target;
        service = targetService;
        status = TicketStatus.WAITING;
        desk = null;
        assignedDesk = null;
        clerk = null;
        calledAt = null;
        startedAt = null;
        recalls = 0;
    }

    private void dropRemainingSteps(Instant now) {
        for (TicketStep step : steps) {
            if (step.status() == StepStatus.CURRENT || step.status() == StepStatus.PENDING) {
                step.finish(
                        StepStatus.CANCELLED, desk == null ? null : desk.code().value(), clerk, null, now);
            }
        }
    }

    private TicketStep currentStep() {
        return steps.stream()
                .filter(step -> step.status() == StepStatus.CURRENT)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("ticket " + number + " has no current step"));
    }

    private TicketStep stepFor(PublicService pending) {
        return steps.stream()
                .filter(step -> step.status() == StepStatus.PENDING && step.service() == pending)
                .findFirst()
                .orElseThrow();
    }

    private void requireStatus(TicketStatus required, String messageKey) {
        if (status != required) {
            throw new ConflictException(messageKey, "Ticket " + number + " is " + status, number);
        }
    }

    private void requireAtDesk() {
        if (!status.isAtDesk()) {
            throw new ConflictException("ticket.notCalled", "Ticket " + number + " is not at a desk", number);
        }
    }

    public Long id() {
        return id;
    }

    public Shop shop() {
        return shop;
    }

    public ServiceQueue queue() {
        return queue;
    }

    public PublicService service() {
        return service;
    }

    public List<TicketStep> steps() {
        return List.copyOf(steps);
    }

    public LocalDate serviceDay() {
        return serviceDay;
    }

    public TicketNumber number() {
        return TicketNumber.parse(number);
    }

    public Optional<PriorityReason> priorityReason() {
        return Optional.ofNullable(priorityReason);
    }

    /** This ticket stands for an appointment checked in on time: it is called in the slot starting then. */
    public void holdsAppointmentAt(Instant slotStart) {
        if (channel != Channel.APPOINTMENT || status != TicketStatus.WAITING || priorityReason != null) {
            throw new IllegalStateException("only a waiting appointment ticket is called in a slot");
        }
        this.appointmentAt = Objects.requireNonNull(slotStart);
    }

    public Optional<Instant> appointmentAt() {
        return Optional.ofNullable(appointmentAt);
    }

    public boolean isPriority() {
        return priorityReason != null;
    }

    public TicketStatus status() {
        return status;
    }

    public Channel channel() {
        return channel;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Optional<Instant> calledAt() {
        return Optional.ofNullable(calledAt);
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public int recalls() {
        return recalls;
    }

    public Optional<Desk> desk() {
        return Optional.ofNullable(desk);
    }

    public Optional<Desk> assignedDesk() {
        return Optional.ofNullable(assignedDesk);
    }

    public Optional<String> clerk() {
        return Optional.ofNullable(clerk);
    }

    /** The secret of the ticket's own page, for whoever took it. */
    public AccessCode accessCode() {
        return AccessCode.of(accessCode);
    }

    public Optional<String> closingReason() {
        return Optional.ofNullable(closingReason);
    }
}
