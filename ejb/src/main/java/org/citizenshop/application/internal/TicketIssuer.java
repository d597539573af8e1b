package org.citizenshop.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.citizenshop.application.TicketRequest;
import org.citizenshop.application.TicketView;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.catalogue.CatalogueRepository;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.catalogue.ServiceCode;
import org.citizenshop.domain.model.catalogue.ServiceQueue;
import org.citizenshop.domain.model.quota.DailyQuota;
import org.citizenshop.domain.model.quota.QuotaReachedException;
import org.citizenshop.domain.model.quota.QuotaRepository;
import org.citizenshop.domain.model.shop.Shop;
import org.citizenshop.domain.model.shop.ShopCode;
import org.citizenshop.domain.model.shop.ShopRepository;
import org.citizenshop.domain.model.ticket.AnonymousTicketLimit;
import org.citizenshop.domain.model.ticket.Channel;
import org.citizenshop.domain.model.ticket.ClientFingerprint;
import org.citizenshop.domain.model.ticket.Ticket;
import org.citizenshop.domain.model.ticket.TicketNumber;
import org.citizenshop.domain.model.ticket.TicketRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The two transactions of taking a ticket (see {@link TicketIssuingService}). */
@Stateless
@PermitAll
public class TicketIssuer {

    @Inject
    ShopRepository shops;

    @Inject
    QuotaRepository quotas;

    @Inject
    TicketViews views;

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

    /** Checks, numbers and stores the ticket in its own transaction; returns its id. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long issue(TicketRequest request) {
        ShopCode shopCode = ShopCode.of(request.shop());
        List<ServiceCode> codes =
                request.services().stream().map(ServiceCode::of).toList();
        // Everything that needs no lock first: the request's own mistakes are refused without waiting.
        Shop unlocked = shops.find(shopCode)
                .orElseThrow(() -> new NotFoundException("shop.unknown", "No shop " + shopCode, shopCode.value()));
        unlocked.requireOpen();
        List<Offered> offered =
                codes.stream().map(code -> offered(unlocked, code)).toList();
        List<PublicService> services = offered.stream().map(Offered::service).toList();
        ServiceQueue queue = offered.get(0).queue();
        Instant now = clock.instant();
        ClientFingerprint client = null;
        if (request.clientAddress() != null) {
            client = ClientFingerprint.of(request.clientAddress());
            AnonymousTicketLimit limit = new AnonymousTicketLimit(
                    request.channel() == Channel.KIOSK ? kioskLimit : anonymousLimit, limitWindow);
            limit.check(tickets.issuedSince(unlocked, client, request.channel(), limit.windowStart(now)));
        }
        List<DailyQuota> shopQuotas = quotas.of(unlocked);
        // Then the shop's lock, held until this short transaction commits: quotas, number, ticket.
        Shop shop = shops.findForNumbering(shopCode).orElseThrow();
        shop.requireOpen();
        for (DailyQuota quota : shopQuotas) {
            Optional<PublicService> covered =
                    services.stream().filter(quota::covers).findFirst();
            if (covered.isPresent()) {
                try {
                    quota.admit(quotas.usage(quota, shop.serviceDay(now)), request.priority() != null);
                } catch (QuotaReachedException full) {
                    throw full.forService(covered.get().code().value());
                }
            }
        }
        char letter = request.priority() == null ? queue.letter() : TicketNumber.PRIORITY_SERIES;
        Ticket ticket = tickets.series(shop, shop.serviceDay(now), letter)
                .issue(queue, services, request.priority(), request.channel(), client, now);
        tickets.add(ticket);
        audit.record(
                "anonymous",
                "ticket.issued",
                AuditSubjects.of(ticket),
                "services=" + codes.stream().map(ServiceCode::value).toList() + " channel=" + request.channel());
        return ticket.id();
    }

    /** The new ticket as its holder sees it: place in the queue, estimated wait, access code. */
    public TicketView holderView(long id) {
        return views.forHolder(tickets.findForView(id).orElseThrow());
    }

    /** A service the shop offers, and the shop's queue it feeds. */
    private record Offered(PublicService service, ServiceQueue queue) {}

    /** The service, provided the shop offers it (it then feeds one of the shop's queues). */
    private Offered offered(Shop shop, ServiceCode code) {
        PublicService service = catalogue
                .findService(code)
                .orElseThrow(() ->
                        new InvalidInputException("service", "service.unknown", "No service " + code, code.value()));
        ServiceQueue queue = catalogue
                .queueFor(shop, service)
                .orElseThrow(() -> new InvalidInputException(
                        "service",
                        "service.notOffered",
                        "Shop " + shop.code() + " does not offer " + code,
                        code.value(),
                        shop.name()));
        return new Offered(service, queue);
    }
}
