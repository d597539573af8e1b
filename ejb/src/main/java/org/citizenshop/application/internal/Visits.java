package org.citizenshop.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.application.port.CallAnnouncements;
import org.citizenshop.application.port.TicketCalledEvent;
import org.citizenshop.domain.model.catalogue.CatalogueRepository;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.catalogue.ServiceQueue;
import org.citizenshop.domain.model.shop.Desk;
import org.citizenshop.domain.model.staff.Clerk;
import org.citizenshop.domain.model.staff.ClerkRepository;
import org.citizenshop.domain.model.ticket.Ticket;
import org.citizenshop.domain.model.ticket.TicketCall;
import org.citizenshop.domain.model.ticket.TicketRepository;

/** What desk and visit operations share: ending a step of a journey, announcing a call, a clerk's services. */
@ApplicationScoped
class Visits {

    @Inject
    CatalogueRepository catalogue;

    @Inject
    TicketRepository tickets;

    @Inject
    ClerkRepository clerks;

    @Inject
    CallAnnouncements announcements;

    @Inject
    AuditTrail audit;

    /** Completes the desk's part; a journey goes on in the queue of its next service. */
    void complete(Ticket ticket, String actor, Instant now) {
        ServiceQueue next =
                ticket.nextService().map(service -> queueOf(ticket, service)).orElse(null);
        ticket.complete(next, now);
        audit.record(
                actor,
                next == null ? "ticket.completed" : "ticket.nextService",
                AuditSubjects.of(ticket),
                next == null
                        ? null
                        : "queue=" + next.code() + " service="
                                + ticket.service().code());
    }

    private ServiceQueue queueOf(Ticket ticket, PublicService service) {
        return catalogue
                .queueFor(ticket.shop(), service)
                .orElseThrow(
                        () -> new IllegalStateException(ticket.shop().code() + " no longer offers " + service.code()));
    }

    /** Puts the call on the board log and tells every board, once the transaction commits. */
    void announce(Ticket ticket, boolean recall, Instant now) {
        tickets.record(new TicketCall(ticket, recall, now));
        Desk desk = ticket.desk().orElseThrow();
        announcements.ticketCalled(new TicketCalledEvent(
                ticket.shop().code().value(),
                ticket.number().toString(),
                desk.code().value(),
                desk.number(),
                now));
    }

    /** The services the clerk may handle at this desk: the desk's, narrowed by the clerk's skills. */
    Set<Long> servicesOf(Desk desk, String clerkUsername) {
        return servicesOf(desk, clerks.find(clerkUsername));
    }

    /** The same, for a clerk already read from the roster (or none on it: the desk's services). */
    Set<Long> servicesOf(Desk desk, Optional<Clerk> clerk) {
        return desk.services().stream()
                .filter(service -> clerk.map(known -> known.handles(service)).orElse(true))
                .map(PublicService::id)
                .collect(Collectors.toSet());
    }
}
