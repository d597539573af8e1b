package org.citizenshop.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.citizenshop.application.IssuedTicket;
import org.citizenshop.application.TicketIssuing;
import org.citizenshop.application.TicketRequest;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.catalogue.CatalogueRepository;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.catalogue.ServiceCode;
import org.citizenshop.domain.model.catalogue.ServiceQueue;
import org.citizenshop.domain.model.shop.DeskRepository;
import org.citizenshop.domain.model.shop.Shop;
import org.citizenshop.domain.model.shop.ShopCode;
import org.citizenshop.domain.model.shop.ShopRepository;
import org.citizenshop.domain.model.ticket.AnonymousTicketLimit;
import org.citizenshop.domain.model.ticket.Channel;
import org.citizenshop.domain.model.ticket.ClientFingerprint;
import org.citizenshop.domain.model.ticket.Ticket;
import org.citizenshop.domain.model.ticket.TicketNumber;
import org.citizenshop.domain.model.ticket.TicketRepository;
import org.citizenshop.domain.service.WaitEstimator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
@PermitAll
public class TicketIssuingService implements TicketIssuing {

    @Inject
    ShopRepository shops;

    @Inject
    DeskRepository desks;

    @Inject
    CatalogueRepository catalogue;

    @Inject
    TicketRepository tickets;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "citizenshop.tickets.anonymous-limit", defaultValue = "10")
    long anonymousLimit;

    /** A kiosk serves a whole shop from one address: it gets a limit of its own, much higher. */
    @Inject
    @ConfigProperty(name = "citizenshop.tickets.kiosk-limit", defaultValue = "400")
    long kioskLimit;

    @Inject
    @ConfigProperty(name = "citizenshop.tickets.limit-window", defaultValue = "PT1H")
    Duration limitWindow;

    @Override
    public IssuedTicket take(TicketRequest request) {
        ShopCode shopCode = ShopCode.of(request.shop());
        ServiceCode serviceCode = ServiceCode.of(request.service());
        Shop shop = shops.findForNumbering(shopCode)
                .orElseThrow(() -> new NotFoundException("shop.unknown", "No shop " + shopCode, shopCode.value()));
        PublicService service = catalogue
                .findService(serviceCode)
                .orElseThrow(() -> new InvalidInputException(
                        "service", "service.unknown", "No service " + serviceCode, serviceCode.value()));
        ServiceQueue queue = catalogue
                .queueFor(shop, service)
                .orElseThrow(() -> new InvalidInputException(
                        "service",
                        "service.notOffered",
                        "Shop " + shopCode + " does not offer " + serviceCode,
                        serviceCode.value(),
                        shop.name()));
        Instant now = clock.instant();
        ClientFingerprint client = null;
        if (request.clientAddress() != null) {
            client = ClientFingerprint.of(request.clientAddress());
            AnonymousTicketLimit limit = new AnonymousTicketLimit(
                    request.channel() == Channel.KIOSK ? kioskLimit : anonymousLimit, limitWindow);
            limit.check(tickets.issuedSince(shop, client, request.channel(), limit.windowStart(now)));
        }
        char letter = request.priority() == null ? queue.letter() : TicketNumber.PRIORITY_SERIES;
        Ticket ticket = tickets.series(shop, shop.serviceDay(now), letter)
                .issue(queue, service, request.priority(), request.channel(), client, now);
        tickets.add(ticket);
        audit.record(
                "anonymous",
                "ticket.issued",
                AuditSubjects.of(ticket),
                "service=" + serviceCode + " channel=" + request.channel());
        return issued(ticket);
    }

    private IssuedTicket issued(Ticket ticket) {
        long ahead = tickets.waitingAhead(ticket);
        long openDesks = desks.openDesksServing(ticket.shop(), ticket.service().id());
        Duration wait = WaitEstimator.estimate(
                ahead,
                tickets.averageServiceTime(ticket.queue(), ticket.serviceDay()),
                ticket.service().averageServiceTime(),
                openDesks);
        return new IssuedTicket(
                ticket.id(),
                ticket.number().toString(),
                ticket.shop().code().value(),
                ticket.queue().code(),
                ticket.queue().name(),
                ticket.service().code().value(),
                ticket.service().name(),
                ticket.priorityReason().map(Enum::name).orElse(null),
                ahead,
                WaitEstimator.minutesShown(wait),
                openDesks,
                ticket.issuedAt());
    }
}
