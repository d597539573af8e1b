package org.citizenshop.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.citizenshop.application.CalledTicket;
import org.citizenshop.application.DeskOperations;
import org.citizenshop.application.DeskState;
import org.citizenshop.application.Roles;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.application.port.CallAnnouncements;
import org.citizenshop.application.port.TicketCalledEvent;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.shop.Desk;
import org.citizenshop.domain.model.shop.DeskCode;
import org.citizenshop.domain.model.shop.DeskRepository;
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
    CallAnnouncements announcements;

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
        if (tickets.calledAt(desk).isPresent()) {
            throw new ConflictException(
                    "desk.visitInProgress",
                    "Finish the ticket at desk " + desk.code() + " first",
                    desk.code().value());
        }
        desk.signOut(clerk());
        audit.record(clerk(), "desk.signedOut", desk.code().value(), null);
    }

    @Override
    public Optional<CalledTicket> callNext(String deskCode) {
        Desk desk = lockedDesk(deskCode);
        Instant now = clock.instant();
        desk.signIn(clerk(), now);
        tickets.calledAt(desk).ifPresent(current -> finish(current, true, now));
        Optional<Ticket> next = tickets.lockNextFor(desk, desk.shop().serviceDay(now));
        next.ifPresent(ticket -> {
            ticket.callTo(desk, clerk(), now);
            announcements.ticketCalled(new TicketCalledEvent(
                    desk.shop().code().value(),
                    ticket.number().toString(),
                    desk.code().value(),
                    desk.number(),
                    now));
            audit.record(clerk(), "ticket.called", AuditSubjects.of(ticket), "desk=" + desk.code());
        });
        return next.map(Views::called);
    }

    @Override
    public DeskState complete(String deskCode) {
        return finishCurrent(deskCode, true);
    }

    @Override
    public DeskState markNoShow(String deskCode) {
        return finishCurrent(deskCode, false);
    }

    @Override
    public DeskState state(String deskCode) {
        return stateOf(desks.find(DeskCode.of(deskCode)).orElseThrow(() -> unknownDesk(deskCode)));
    }

    private DeskState finishCurrent(String deskCode, boolean served) {
        Desk desk = lockedDesk(deskCode);
        desk.requireOperatedBy(clerk());
        Ticket current = tickets.calledAt(desk)
                .orElseThrow(() -> new ConflictException(
                        "desk.noTicket",
                        "No ticket is being served at desk " + desk.code(),
                        desk.code().value()));
        finish(current, served, clock.instant());
        return stateOf(desk);
    }

    private void finish(Ticket ticket, boolean served, Instant now) {
        if (served) {
            ticket.complete(now);
        } else {
            ticket.markNoShow(now);
        }
        audit.record(clerk(), served ? "ticket.completed" : "ticket.noShow", AuditSubjects.of(ticket), null);
    }

    private DeskState stateOf(Desk desk) {
        Ticket current = tickets.calledAt(desk).orElse(null);
        return Views.desk(desk, current, tickets.waitingFor(desk, desk.shop().serviceDay(clock.instant())));
    }

    private Desk lockedDesk(String deskCode) {
        return desks.findForUpdate(DeskCode.of(deskCode)).orElseThrow(() -> unknownDesk(deskCode));
    }

    private static NotFoundException unknownDesk(String deskCode) {
        return new NotFoundException("desk.unknown", "No desk " + deskCode, deskCode);
    }

    private String clerk() {
        return session.getCallerPrincipal().getName();
    }
}
