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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.citizen.EmailAddress;
import org.citizenshop.domain.model.citizen.MobileNumber;

/**
 * "Tell me when N tickets are before me", by SMS or e-mail. The contact is personal data kept only
 * for this: it is erased as soon as the alert is sent, failed or no longer needed.
 */
@Entity
@Table(name = "ticket_alert")
public class TicketAlert {

    public static final int MAX_THRESHOLD = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AlertChannel channel;

    @Column(length = 254)
    private String contact;

    @Column(name = "masked_contact", nullable = false, length = 254)
    private String maskedContact;

    @Column(nullable = false)
    private int threshold;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AlertStatus status = AlertStatus.WATCHING;

    @Column(name = "message_id", length = 60)
    private String messageId;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected TicketAlert() {}

    public TicketAlert(Ticket ticket, AlertChannel channel, String contact, int threshold, Instant now) {
        if (ticket.status() != TicketStatus.WAITING) {
            throw new ConflictException("ticket.notWaiting", "Only a waiting ticket can be watched", ticket.number());
        }
        if (threshold < 0 || threshold > MAX_THRESHOLD) {
            throw new InvalidInputException(
                    "threshold", "validation.alert.threshold", "Alert between 0 and 20 tickets ahead", MAX_THRESHOLD);
        }
        this.ticket = ticket;
        this.channel = Objects.requireNonNull(channel);
        if (channel == AlertChannel.SMS) {
            MobileNumber mobile = MobileNumber.of(contact);
            this.contact = mobile.value();
            this.maskedContact = mobile.masked();
        } else {
            EmailAddress email = EmailAddress.of(contact);
            this.contact = email.value();
            this.maskedContact = email.masked();
        }
        this.threshold = threshold;
        this.createdAt = now;
    }

    /** Whether the moment has come: the ticket waits with at most the threshold of tickets ahead. */
    public boolean isDue(long ticketsAhead) {
        return status == AlertStatus.WATCHING && ticket.status() == TicketStatus.WAITING && ticketsAhead <= threshold;
    }

    /** Given to the gateway: the contact goes with the message, and leaves the database. */
    public String handOff() {
        if (status != AlertStatus.WATCHING) {
            throw new IllegalStateException("alert " + id + " was already handed off");
        }
        status = AlertStatus.SENDING;
        String to = contact;
        contact = null;
        return to;
    }

    public void delivered(String gatewayMessageId, Instant now) {
        status = AlertStatus.SENT;
        messageId = gatewayMessageId;
        sentAt = now;
    }

    public void failed(String error) {
        if (status != AlertStatus.SENT) {
            status = AlertStatus.FAILED;
            lastError = error == null || error.length() <= 500 ? error : error.substring(0, 499) + "…";
        }
    }

    /** No longer needed (the ticket is called or gone): the contact is erased. */
    public void drop() {
        if (status == AlertStatus.WATCHING) {
            status = AlertStatus.DROPPED;
            contact = null;
        }
    }

    public Long id() {
        return id;
    }

    public Ticket ticket() {
        return ticket;
    }

    public AlertChannel channel() {
        return channel;
    }

    public String maskedContact() {
        return maskedContact;
    }

    public int threshold() {
        return threshold;
    }

    public AlertStatus status() {
        return status;
    }
}
