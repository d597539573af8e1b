package org.citizenshop.domain.model.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.citizenshop.domain.model.shop.Desk;
import org.citizenshop.domain.model.shop.Shop;

/** One announcement on the boards: a ticket called, or recalled, to a desk. */
@Entity
@Table(name = "ticket_call")
public class TicketCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "shop_id")
    private Shop shop;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "desk_id")
    private Desk desk;

    @Column(nullable = false, length = 8)
    private String number;

    @Column(name = "service_day", nullable = false)
    private LocalDate serviceDay;

    @Column(name = "called_at", nullable = false)
    private Instant calledAt;

    @Column(nullable = false)
    private boolean recall;

    protected TicketCall() {}

    /** The announcement of the ticket's call (or recall) to the desk it is at now. */
    public TicketCall(Ticket ticket, boolean recall, Instant now) {
        this.ticket = ticket;
        this.shop = ticket.shop();
        this.desk =
                ticket.desk().orElseThrow(() -> new IllegalArgumentException("only a ticket at a desk is announced"));
        this.number = ticket.number().toString();
        this.serviceDay = ticket.serviceDay();
        this.calledAt = now;
        this.recall = recall;
    }

    public Ticket ticket() {
        return ticket;
    }

    public Desk desk() {
        return desk;
    }

    public String number() {
        return number;
    }

    public Instant calledAt() {
        return calledAt;
    }

    public boolean isRecall() {
        return recall;
    }
}
