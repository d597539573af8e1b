package org.citizenshop.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.citizenshop.application.AgencyRequestView;
import org.citizenshop.application.AgencyRequests;
import org.citizenshop.application.CitizenCardApplication;
import org.citizenshop.application.Roles;
import org.citizenshop.application.port.AgencyDispatch;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.agencyrequest.AgencyRequest;
import org.citizenshop.domain.model.agencyrequest.AgencyRequestRepository;
import org.citizenshop.domain.model.agencyrequest.CitizenCardRequest;
import org.citizenshop.domain.model.agencyrequest.RequestKey;
import org.citizenshop.domain.model.catalogue.CatalogueRepository;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.catalogue.ServiceCode;
import org.citizenshop.domain.model.citizen.CitizenCardNumber;
import org.citizenshop.domain.model.citizen.CivilIdNumber;
import org.citizenshop.domain.model.shop.Desk;
import org.citizenshop.domain.model.shop.DeskCode;
import org.citizenshop.domain.model.shop.DeskRepository;
import org.citizenshop.domain.model.ticket.Ticket;
import org.citizenshop.domain.model.ticket.TicketRepository;

@Stateless
@RolesAllowed(Roles.CLERK)
public class AgencyRequestService implements AgencyRequests {

    static final ServiceCode CITIZEN_CARD = ServiceCode.of("IRN-CC");

    @Inject
    DeskRepository desks;

    @Inject
    TicketRepository tickets;

    @Inject
    CatalogueRepository catalogue;

    @Inject
    AgencyRequestRepository requests;

    @Inject
    AgencyDispatch dispatch;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Override
    public AgencyRequestView requestCitizenCard(String deskCode, CitizenCardApplication application) {
        String clerk = session.getCallerPrincipal().getName();
        Desk desk = desk(deskCode);
        desk.requireOperatedBy(clerk);
        Ticket visit = currentVisit(desk);
        PublicService service = catalogue
                .findService(CITIZEN_CARD)
                .orElseThrow(() -> new IllegalStateException("the catalogue lacks " + CITIZEN_CARD));
        CitizenCardNumber document =
                blank(application.documentNumber()) ? null : CitizenCardNumber.of(application.documentNumber());
        CivilIdNumber civilId = blank(application.civilIdNumber()) && document != null
                ? document.civilIdNumber()
                : CivilIdNumber.of(application.civilIdNumber());
        AgencyRequest request = new AgencyRequest(
                RequestKey.generate(),
                service,
                visit,
                new CitizenCardRequest(
                        civilId, document, application.reason(), desk.shop().code()),
                clerk,
                clock.instant());
        requests.add(request);
        dispatch.handOff(request.key(), service.agency().code());
        audit.record(clerk, "agencyRequest.queued", request.key().value(), "service=" + CITIZEN_CARD);
        return Views.request(request);
    }

    @Override
    public List<AgencyRequestView> ofCurrentVisit(String deskCode) {
        return tickets.atDesk(desk(deskCode))
                .map(ticket -> requests.ofTicket(ticket.id()).stream()
                        .map(Views::request)
                        .toList())
                .orElse(List.of());
    }

    @Override
    public AgencyRequestView find(String key) {
        return requests.find(RequestKey.of(key))
                .map(Views::request)
                .orElseThrow(() -> new NotFoundException("agencyRequest.unknown", "No request " + key, key));
    }

    private Desk desk(String deskCode) {
        return desks.find(DeskCode.of(deskCode))
                .orElseThrow(() -> new NotFoundException("desk.unknown", "No desk " + deskCode, deskCode));
    }

    private Ticket currentVisit(Desk desk) {
        return tickets.atDesk(desk)
                .orElseThrow(() -> new ConflictException(
                        "desk.noTicket",
                        "No ticket is being served at desk " + desk.code(),
                        desk.code().value()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
