package org.citizenshop.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.citizenshop.application.TicketView;
import org.citizenshop.domain.model.appointment.AppointmentRepository;
import org.citizenshop.domain.model.catalogue.ServiceQueue;
import org.citizenshop.domain.model.shop.Desk;
import org.citizenshop.domain.model.shop.DeskRepository;
import org.citizenshop.domain.model.ticket.Channel;
import org.citizenshop.domain.model.ticket.Ticket;
import org.citizenshop.domain.model.ticket.TicketAlertRepository;
import org.citizenshop.domain.model.ticket.TicketRepository;
import org.citizenshop.domain.model.ticket.TicketStatus;
import org.citizenshop.domain.model.ticket.WaitingCount;
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

    /**
     * The holders' views of tickets just issued together (they have no alert yet), in their order: each
     * queue is counted once for all of them, up to the last of them. Read in the transaction that
     * stored them, or after its commit; in that case, should a desk have called one of them already,
     * each of that queue's tickets is read again and counted on its own.
     */
    List<TicketView> forNewHolders(List<Ticket> issued) {
        Map<ServiceQueue, List<Ticket>> byQueue =
                issued.stream().collect(Collectors.groupingBy(Ticket::queue, LinkedHashMap::new, Collectors.toList()));
        Map<Ticket, TicketView> shown = new IdentityHashMap<>();
        Map<Long, Long> openDesks = new HashMap<>();
        byQueue.forEach((queue, ofQueue) -> {
            Ticket last = ofQueue.stream().max(Comparator.comparing(Ticket::id)).orElseThrow();
            if (ofQueue.stream().anyMatch(ticket -> !ticket.issuedAt().equals(last.issuedAt()))) {
                throw new IllegalArgumentException("Tickets issued together share their issue time");
            }
            WaitingCount count = tickets.waitingUpTo(last);
            if (!count.includesAll(ofQueue.size())) {
                for (Ticket ticket : ofQueue) {
                    shown.put(
                            ticket,
                            forHolder(tickets.find(ticket.id())
                                    .orElseThrow(() -> new IllegalStateException(
                                            "Ticket " + ticket.id() + " was issued, and is not found"))));
                }
                return;
            }
            List<Long> places =
                    count.aheadOfNew(ofQueue.stream().map(Ticket::isPriority).toList());
            for (int i = 0; i < ofQueue.size(); i++) {
                Ticket ticket = ofQueue.get(i);
                shown.put(
                        ticket,
                        view(
                                ticket,
                                ticket.accessCode().value(),
                                null,
                                booking(ticket),
                                places.get(i),
                                openDesks.computeIfAbsent(
                                        ticket.service().id(),
                                        service -> desks.openDesksServing(ticket.shop(), service))));
            }
        });
        return issued.stream().map(shown::get).toList();
    }

    private TicketView view(Ticket ticket, String accessCode, TicketView.Alert alert, TicketView.Booking booking) {
        if (ticket.status() != TicketStatus.WAITING) {
            return view(ticket, accessCode, alert, booking, 0, 0);
        }
        return view(
                ticket,
                accessCode,
                alert,
                booking,
                tickets.waitingAhead(ticket),
                desks.openDesksServing(ticket.shop(), ticket.service().id()));
    }

    private TicketView view(
            Ticket ticket,
            String accessCode,
            TicketView.Alert alert,
            TicketView.Booking booking,
            long ahead,
            long openDesks) {
        long minutes = 0;
        if (ticket.status() == TicketStatus.WAITING) {
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
