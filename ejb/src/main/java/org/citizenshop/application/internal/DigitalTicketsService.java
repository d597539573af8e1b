package org.citizenshop.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import org.citizenshop.application.AlertRequest;
import org.citizenshop.application.DigitalTickets;
import org.citizenshop.application.TicketView;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.ticket.AccessCode;
import org.citizenshop.domain.model.ticket.AlertChannel;
import org.citizenshop.domain.model.ticket.Ticket;
import org.citizenshop.domain.model.ticket.TicketAlert;
import org.citizenshop.domain.model.ticket.TicketAlertRepository;
import org.citizenshop.domain.model.ticket.TicketRepository;

/** The holder of a ticket's access code may follow it, ask for an alert and cancel it; nobody else. */
@Stateless
@PermitAll
public class DigitalTicketsService implements DigitalTickets {

    @Inject
    TicketRepository tickets;

    @Inject
    TicketAlertRepository alerts;

    @Inject
    AlertWatch watch;

    @Inject
    TicketViews views;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public TicketView ticket(String code) {
        return views.forHolder(held(code));
    }

    @Override
    public TicketView alertMe(String code, AlertRequest request) {
        Ticket ticket = held(code);
        AlertChannel channel = channel(request.channel());
        alerts.of(ticket).ifPresent(earlier -> {
            throw new ConflictException(
                    "ticket.alertExists", "Ticket " + ticket.number() + " already has an alert", ticket.number());
        });
        TicketAlert alert = new TicketAlert(ticket, channel, request.contact(), request.threshold(), clock.instant());
        alerts.add(alert);
        audit.record("anonymous", "alert.requested", AuditSubjects.of(ticket), "channel=" + channel);
        watch.sendIfDue(alert);
        return views.forHolder(ticket);
    }

    @Override
    public TicketView cancel(String code) {
        Ticket ticket = held(code);
        ticket.cancel(clock.instant());
        watch.ticketLeftTheQueue(ticket);
        watch.queueMoved(ticket.queue(), ticket.serviceDay());
        audit.record("anonymous", "ticket.cancelled", AuditSubjects.of(ticket), null);
        return views.forHolder(ticket);
    }

    private Ticket held(String code) {
        AccessCode accessCode = AccessCode.of(code);
        return tickets.find(accessCode)
                .orElseThrow(() -> new NotFoundException("ticket.unknownCode", "No ticket with this code"));
    }

    private static AlertChannel channel(String name) {
        try {
            return AlertChannel.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "channel", "validation.alert.channel", "An alert goes by SMS or EMAIL", name);
        }
    }
}
