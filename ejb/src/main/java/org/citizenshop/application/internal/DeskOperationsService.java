package org.citizenshop.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.citizenshop.application.Appointments;
import org.citizenshop.application.DeskOperations;
import org.citizenshop.application.DeskState;
import org.citizenshop.application.Roles;
import org.citizenshop.application.TicketView;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.shop.Desk;
import org.citizenshop.domain.model.shop.DeskCode;
import org.citizenshop.domain.model.shop.DeskRepository;
import org.citizenshop.domain.model.shop.DeskStatus;
import org.citizenshop.domain.model.staff.Clerk;
import org.citizenshop.domain.model.ticket.Ticket;
import org.citizenshop.domain.model.ticket.TicketRepository;

@Stateless
@RolesAllowed(Roles.CLERK)
public class DeskOperationsService implements DeskOperations {

    @Inject
    DeskRepository desks;

    @Inject
    TicketRepository tickets;

    @Inject
    Visits visits;

    @Inject
    TicketViews views;

    @Inject
    AlertWatch alertWatch;

    @Inject
    StaffShops staff;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Override
    public DeskState signIn(String deskCode) {
        Desk desk = lockedDesk(deskCode);
        desk.signIn(clerk(), clock.instant());
        audit.record(clerk(), "desk.signedIn", desk.code().value(), null);
        return stateOf(desk);
    }

    @Override
    public void signOut(String deskCode) {
        Desk desk = lockedDesk(deskCode);
        requireNoVisit(desk);
        desk.signOut(clerk());
        audit.record(clerk(), "desk.signedOut", desk.code().value(), null);
    }

    @Override
    public DeskState pause(String deskCode) {
        Desk desk = lockedDesk(deskCode);
        requireNoVisit(desk);
        desk.pause(clerk());
        audit.record(clerk(), "desk.paused", desk.code().value(), null);
        return stateOf(desk);
    }

    @Override
    public DeskState resume(String deskCode) {
        Desk desk = lockedDesk(deskCode);
        desk.resume(clerk());
        audit.record(clerk(), "desk.resumed", desk.code().value(), null);
        return stateOf(desk);
    }

    @Override
    public Optional<TicketView> callNext(String deskCode) {
        Desk desk = desks.findForUpdate(DeskCode.of(deskCode)).orElseThrow(() -> unknownDesk(deskCode));
        Clerk onRoster = staff.rosterAt(clerk(), desk.shop(), desk.code().value());
        Instant now = clock.instant();
        desk.signIn(clerk(), now);
        desk.requireTakingCalls(clerk());
        tickets.atDesk(desk).ifPresent(current -> visits.complete(current, clerk(), now));
        boolean priorityFirst = desk.shop().callingPolicy().priorityFirst(desk.priorityStreak());
        Optional<Ticket> next = tickets.lockNextFor(
                desk,
                visits.servicesOf(desk, Optional.of(onRoster)),
                desk.shop().serviceDay(now),
                priorityFirst,
                now.plus(Appointments.CALL_AHEAD));
        next.ifPresent(ticket -> {
            ticket.callTo(desk, clerk(), now);
            desk.called(ticket.isPriority());
            visits.announce(ticket, false, now);
            alertWatch.ticketLeftTheQueue(ticket);
            alertWatch.queueMoved(ticket.queue(), ticket.serviceDay());
            audit.record(clerk(), "ticket.called", AuditSubjects.of(ticket), "desk=" + desk.code());
        });
        return next.map(views::forDesk);
    }

    @Override
    public TicketView recall(String deskCode) {
        Desk desk = lockedDesk(deskCode);
        desk.requireOperatedBy(clerk());
        Ticket ticket = tickets.atDesk(desk).orElseThrow(() -> noVisit(desk));
        ticket.recall();
        visits.announce(ticket, true, clock.instant());
        audit.record(clerk(), "ticket.recalled", AuditSubjects.of(ticket), "recalls=" + ticket.recalls());
        return views.forDesk(ticket);
    }

    @Override
    public DeskState state(String deskCode) {
        Desk desk = desks.find(DeskCode.of(deskCode)).orElseThrow(() -> unknownDesk(deskCode));
        staff.requireAt(clerk(), desk.shop(), desk.code().value());
        return stateOf(desk);
    }

    @Override
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    public Optional<String> ownShop() {
        return staff.shopOf(clerk());
    }

    private DeskState stateOf(Desk desk) {
        Ticket current = tickets.atDesk(desk).orElse(null);
        Set<Long> services = desk.clerk()
                .map(clerk -> visits.servicesOf(desk, clerk))
                .orElseGet(() ->
                        desk.services().stream().map(PublicService::id).collect(java.util.stream.Collectors.toSet()));
        return new DeskState(
                desk.code().value(),
                desk.number(),
                desk.shop().code().value(),
                desk.kind().name(),
                desk.status().isStaffed(),
                desk.status() == DeskStatus.PAUSED,
                desk.clerk().orElse(null),
                current == null ? null : views.forDesk(current),
                tickets.waitingFor(desk, services, desk.shop().serviceDay(clock.instant())),
                desk.shop().callingPolicy().recallsBeforeNoShow(),
                desk.services().stream()
                        .filter(service -> services.contains(service.id()))
                        .map(service -> service.code().value())
                        .sorted()
                        .toList());
    }

    private void requireNoVisit(Desk desk) {
        if (tickets.atDesk(desk).isPresent()) {
            throw new ConflictException(
                    "desk.visitInProgress",
                    "Finish the ticket at desk " + desk.code() + " first",
                    desk.code().value());
        }
    }

    private static ConflictException noVisit(Desk desk) {
        return new ConflictException(
                "desk.noTicket",
                "No ticket is being served at desk " + desk.code(),
                desk.code().value());
    }

    /** The desk, locked, provided the caller works at its shop. */
    private Desk lockedDesk(String deskCode) {
        Desk desk = desks.findForUpdate(DeskCode.of(deskCode)).orElseThrow(() -> unknownDesk(deskCode));
        staff.requireAt(clerk(), desk.shop(), desk.code().value());
        return desk;
    }

    private static NotFoundException unknownDesk(String deskCode) {
        return new NotFoundException("desk.unknown", "No desk " + deskCode, deskCode);
    }

    private String clerk() {
        return session.getCallerPrincipal().getName();
    }
}
