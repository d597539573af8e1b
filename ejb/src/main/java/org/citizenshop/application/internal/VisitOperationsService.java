package org.citizenshop.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.citizenshop.application.Roles;
import org.citizenshop.application.TicketView;
import org.citizenshop.application.Transfer;
import org.citizenshop.application.VisitOperations;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.catalogue.CatalogueRepository;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.catalogue.ServiceCode;
import org.citizenshop.domain.model.catalogue.ServiceQueue;
import org.citizenshop.domain.model.shop.Desk;
import org.citizenshop.domain.model.shop.DeskCode;
import org.citizenshop.domain.model.shop.DeskRepository;
import org.citizenshop.domain.model.ticket.Ticket;
import org.citizenshop.domain.model.ticket.TicketRepository;

@Stateless
@RolesAllowed(Roles.CLERK)
public class VisitOperationsService implements VisitOperations {

    @Inject
    TicketRepository tickets;

    @Inject
    DeskRepository desks;

    @Inject
    CatalogueRepository catalogue;

    @Inject
    Visits visits;

    @Inject
    TicketViews views;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Override
    public TicketView start(long id) {
        Ticket ticket = atCallersDesk(id);
        ticket.start(clock.instant());
        audit.record(clerk(), "ticket.started", AuditSubjects.of(ticket), null);
        return views.forDesk(ticket);
    }

    @Override
    public TicketView complete(long id) {
        Ticket ticket = atCallersDesk(id);
        visits.complete(ticket, clerk(), clock.instant());
        return views.forDesk(ticket);
    }

    @Override
    public TicketView markNoShow(long id) {
        Ticket ticket = atCallersDesk(id);
        ticket.markNoShow(ticket.shop().callingPolicy().recallsBeforeNoShow(), clock.instant());
        audit.record(clerk(), "ticket.noShow", AuditSubjects.of(ticket), "recalls=" + ticket.recalls());
        return views.forDesk(ticket);
    }

    @Override
    public TicketView transfer(long id, Transfer transfer) {
        boolean toDesk = transfer.desk() != null && !transfer.desk().isBlank();
        boolean toService = transfer.service() != null && !transfer.service().isBlank();
        if (toDesk == toService) {
            throw new InvalidInputException(
                    "transfer", "ticket.transfer.oneTarget", "Transfer to a service's queue or to a desk");
        }
        Ticket ticket = atCallersDesk(id);
        if (toDesk) {
            ticket.transferTo(targetDesk(transfer.desk()));
        } else {
            PublicService service = catalogue
                    .findService(ServiceCode.of(transfer.service()))
                    .orElseThrow(() -> new InvalidInputException(
                            "service", "service.unknown", "No service " + transfer.service(), transfer.service()));
            ServiceQueue queue = catalogue
                    .queueFor(ticket.shop(), service)
                    .orElseThrow(() -> new InvalidInputException(
                            "service",
                            "service.notOffered",
                            "Not offered here: " + service.code(),
                            service.code().value(),
                            ticket.shop().name()));
            ticket.transferTo(queue, service);
        }
        audit.record(clerk(), "ticket.transferred", AuditSubjects.of(ticket), String.valueOf(transfer));
        return views.forDesk(ticket);
    }

    private Desk targetDesk(String code) {
        return desks.find(DeskCode.of(code))
                .orElseThrow(() -> new InvalidInputException("desk", "desk.unknown", "No desk " + code, code));
    }

    /** The ticket, locked, provided it is at the caller's desk: only that clerk acts on it. */
    private Ticket atCallersDesk(long id) {
        Ticket ticket = tickets.findForUpdate(id)
                .orElseThrow(() -> new NotFoundException("ticket.unknown", "No ticket " + id, id));
        Desk desk = ticket.desk()
                .orElseThrow(() -> new ConflictException(
                        "ticket.notCalled",
                        "Ticket " + ticket.number() + " is not at a desk",
                        ticket.number().toString()));
        desk.requireOperatedBy(clerk());
        return ticket;
    }

    private String clerk() {
        return session.getCallerPrincipal().getName();
    }
}
