package org.citizenshop.domain.model.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.catalogue.ServiceQueue;
import org.citizenshop.domain.model.shop.Desk;
import org.citizenshop.domain.model.shop.Shop;

/** A citizen's place in a queue of a shop for one day (a senha), from issue to the end of service. */
@Entity
@Table(name = "ticket")
public class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "shop_id")
    private Shop shop;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "queue_id")
    private ServiceQueue queue;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id")
    private PublicService service;

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

    @Column(name = "called_at")
    private Instant calledAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "desk_id")
    private Desk desk;

    @Column(name = "clerk_username", length = 100)
    private String clerk;

    @Version
    private long version;

    protected Ticket() {}

    Ticket(
            ServiceQueue queue,
            PublicService service,
            TicketNumber number,
            PriorityReason priorityReason,
            Channel channel,
            ClientFingerprint clientFingerprint,
            Instant issuedAt) {
        if (!queue.feeds(service)) {
            throw new IllegalArgumentException("queue " + queue.code() + " is not fed by " + service.code());
        }
        this.shop = queue.shop();
        this.queue = queue;
        this.service = service;
        this.serviceDay = shop.serviceDay(issuedAt);
        this.number = number.toString();
        this.priorityReason = priorityReason;
        this.channel = Objects.requireNonNull(channel);
        this.clientFingerprint = clientFingerprint == null ? null : clientFingerprint.value();
        this.issuedAt = Objects.requireNonNull(issuedAt);
    }

    /** The clerk at a desk calls this ticket; only a waiting ticket of the desk's shop can be called. */
    public void callTo(Desk calledDesk, String clerkUsername, Instant now) {
        if (status != TicketStatus.WAITING) {
            throw new ConflictException("ticket.notWaiting", "Ticket " + number + " is not waiting", number);
        }
        if (!calledDesk.shop().isSameAs(shop) || !calledDesk.serves(service)) {
            throw new IllegalArgumentException("desk " + calledDesk.code() + " cannot serve ticket " + number);
        }
        status = TicketStatus.CALLED;
        desk = calledDesk;
        clerk = clerkUsername;
        calledAt = now;
    }

    public void complete(Instant now) {
        finish(TicketStatus.COMPLETED, now);
    }

    /** The citizen did not come to the desk when called. */
    public void markNoShow(Instant now) {
        finish(TicketStatus.NO_SHOW, now);
    }

    private void finish(TicketStatus outcome, Instant now) {
        if (status != TicketStatus.CALLED) {
            throw new ConflictException("ticket.notCalled", "Ticket " + number + " has not been called", number);
        }
        status = outcome;
        finishedAt = now;
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

    public LocalDate serviceDay() {
        return serviceDay;
    }

    public TicketNumber number() {
        return TicketNumber.parse(number);
    }

    public Optional<PriorityReason> priorityReason() {
        return Optional.ofNullable(priorityReason);
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

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public Optional<Desk> desk() {
        return Optional.ofNullable(desk);
    }

    public Optional<String> clerk() {
        return Optional.ofNullable(clerk);
    }
}
