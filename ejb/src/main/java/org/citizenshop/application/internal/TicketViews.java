package org.citizenshop.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.citizenshop.application.TicketView;
import org.citizenshop.domain.model.appointment.AppointmentRepository;
import org.citizenshop.domain.model.shop.Desk;
import org.citizenshop.domain.model.shop.DeskRepository;
import org.citizenshop.domain.model.ticket.Channel;
import org.citizenshop.domain.model.ticket.Ticket;
import org.citizenshop.domain.model.ticket.TicketAlertRepository;
import org.citizenshop.domain.model.ticket.TicketRepository;
import org.citizenshop.domain.model.ticket.TicketStatus;
import org.citizenshop.domain.service.WaitEstimator;

/** Turns a ticket into the view everyone gets, with its place and expected wait while it waits. */
@ApplicationScoped
class TicketViews {

    @Inject
    RecentServiceTimes serviceTimes;

    @Inject
    TicketRepository tickets;

    @Inject
    DeskRepository desks;

    @Inject
    TicketAlertRepository alerts;

    @Inject
    AppointmentRepository appointments;

    /** The public view: no access code, no alert, no booking details. */
    TicketView of(Ticket ticket) {
        return view(ticket, null, null, null);
    }

    /** The clerk's view: with the booking's time and the assistance asked for. */
    TicketView forDesk(Ticket ticket) {
        return view(ticket, null, null, booking(ticket));
    }

    private TicketView.Booking booking(Ticket ticket) {
        if (ticket.channel() != Channel.APPOINTMENT && ticket.appointmentAt().isEmpty()) {
            return null;
        }
        return appointments
                .ofTicket(ticket)
                .map(appointment -> new TicketView.Booking(
                        appointment.code().value(),
                        appointment.startsAt(),
                        appointment.startsAt().atZone(ticket.shop().timeZone()).toLocalTime(),
                        appointment.needs().stream().map(Enum::name).sorted().toList(),
                        appointment.interpreterLanguage().orElse(null)))
                .orElse(null);
    }

    /** The holder's view, with the access code and the alert. */
    TicketView forHolder(Ticket ticket) {
        TicketView.Alert alert = alerts.of(ticket)
                .map(a -> new TicketView.Alert(
                        a.channel().name(),
                        a.maskedContact(),
                        a.threshold(),
                        a.status().name()))
                .orElse(null);
        return view(ticket, ticket.accessCode().value(), alert, booking(ticket));
    }

    private TicketView view(Ticket ticket, String accessCode, TicketView.Alert alert, TicketView.Booking booking) {
        long ahead = 0;
        long minutes = 0;
        long openDesks = 0;
        if (ticket.status() == TicketStatus.WAITING) {
            ahead = tickets.waitingAhead(ticket);
            openDesks = desks.openDesksServing(ticket.shop(), ticket.service().id());
            Duration wait = WaitEstimator.estimate(
                    ahead,
                    serviceTimes.of(ticket.queue(), ticket.serviceDay()),
                    ticket.service().averageServiceTime(),
                    openDesks);
            minutes = WaitEstimator.minutesShown(wait);
        }
        Desk desk = ticket.desk().orElse(null);
        return new TicketView(
                ticket.id(),
                ticket.number().toString(),
                ticket.shop().code().value(),
                ticket.status().name(),
                ticket.service().code().value(),
                ticket.service().name(),
                ticket.queue().code(),
                ticket.queue().name(),
                ticket.priorityReason().map(Enum::name).orElse(null),
                ticket.channel().name(),
                ticket.issuedAt(),
                ticket.calledAt().orElse(null),
                desk == null ? null : desk.code().value(),
                desk == null ? null : desk.number(),
                ticket.recalls(),
                ahead,
                minutes,
                openDesks,
                ticket.steps().stream()
                        .map(step -> new TicketView.Step(
                                step.service().code().value(),
                                step.service().name(),
                                step.status().name()))
                        .toList(),
                accessCode,
                alert,
                booking);
    }
}
