package org.citizenshop.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citizenshop.application.TicketRequest;
import org.citizenshop.application.TicketView;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.domain.model.DomainException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.catalogue.CatalogueRepository;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.catalogue.ServiceCode;
import org.citizenshop.domain.model.catalogue.ServiceQueue;
import org.citizenshop.domain.model.quota.DailyQuota;
import org.citizenshop.domain.model.quota.QuotaReachedException;
import org.citizenshop.domain.model.quota.QuotaRepository;
import org.citizenshop.domain.model.quota.QuotaUsage;
import org.citizenshop.domain.model.shop.Shop;
import org.citizenshop.domain.model.shop.ShopCode;
import org.citizenshop.domain.model.shop.ShopRepository;
import org.citizenshop.domain.model.ticket.AnonymousTicketLimit;
import org.citizenshop.domain.model.ticket.Channel;
import org.citizenshop.domain.model.ticket.ClientFingerprint;
import org.citizenshop.domain.model.ticket.SeriesUsedUpException;
import org.citizenshop.domain.model.ticket.Ticket;
import org.citizenshop.domain.model.ticket.TicketNumber;
import org.citizenshop.domain.model.ticket.TicketRepository;
import org.citizenshop.domain.model.ticket.TicketSeries;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The transaction of taking tickets (see {@link TicketIssuingService}). */
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

    /** Checks, numbers and stores the ticket in its own transaction; the holder's view of it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public TicketView issue(TicketRequest request) {
        Ticket ticket = numberAll(List.of(request)).get(0).ticket();
        return views.forNewHolders(List.of(ticket)).get(0);
    }

    /**
     * Checks, numbers and stores the tickets of several requests for one shop in one transaction,
     * under one hold of the shop's lock. A request refused for its own reasons (a service the shop
     * does not offer, the client's limit, a quota) is answered with its refusal and leaves nothing
     * behind, not even a gap in the numbers; the others are issued. Anything else fails the whole
     * transaction, and nothing of it is stored.
     *
     * @return one outcome per request, in the order of the requests: the new ticket (committed when this
     *     returns, what its holder is shown read by {@link #shown}), or the refusal
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<IssueOutcome<Ticket>> issueAll(List<TicketRequest> requests) {
        return numberAll(requests);
    }

    /**
     * What the holders of tickets just issued together ({@link #issueAll}) are shown, read after their
     * commit in a transaction of its own: their place in the queue and their wait.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<TicketView> shown(List<Ticket> issued) {
        return views.forNewHolders(issued);
    }

    private List<IssueOutcome<Ticket>> numberAll(List<TicketRequest> requests) {
        ShopCode shopCode = ShopCode.of(requests.get(0).shop());
        if (requests.stream().anyMatch(request -> !ShopCode.of(request.shop()).equals(shopCode))) {
            throw new IllegalArgumentException("One transaction numbers the tickets of one shop");
        }
        List<IssueOutcome<Ticket>> outcomes = new ArrayList<>(Collections.nCopies(requests.size(), null));
        // Everything that needs no lock first: the requests' own mistakes are refused without waiting.
        Shop unlocked = shops.find(shopCode)
                .orElseThrow(() -> new NotFoundException("shop.unknown", "No shop " + shopCode, shopCode.value()));
        unlocked.requireOpen();
        Instant now = clock.instant();
        Map<ServiceCode, Offered> offers = new HashMap<>();
        List<Admissible> admissible = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            try {
                admissible.add(checked(i, requests.get(i), unlocked, offers, now));
            } catch (DomainException refused) {
                outcomes.set(i, IssueOutcome.refused(refused));
            }
        }
        if (!admissible.isEmpty()) {
            List<DailyQuota> shopQuotas = quotas.of(unlocked);
            // Then the shop's lock, held until this short transaction commits: quotas, numbers, tickets.
            Shop shop = shops.findForNumbering(shopCode).orElseThrow();
            shop.requireOpen();
            // The tickets' issue time is read under the lock, not before it: the desks call in order of
            // issue time, and it must be the order of the numbers, whichever transaction got the lock
            // first (the shop's first tickets after a start, those of other servers).
            Instant issuedAt = clock.instant();
            LocalDate day = shop.serviceDay(issuedAt);
            Map<DailyQuota, QuotaUsage> usage = new HashMap<>();
            Map<Character, TicketSeries> series = new HashMap<>();
            List<Admissible> admitted = new ArrayList<>();
            List<Ticket> issued = new ArrayList<>();
            for (Admissible ticket : admissible) {
                // Refused by a quota, or by a series whose numbers are all given, the request leaves
                // nothing behind: the refusal comes before anything of its ticket is counted or stored.
                try {
                    List<DailyQuota> covering = admit(ticket, shopQuotas, usage, day);
                    issued.add(numbered(ticket, shop, day, series, issuedAt));
                    counted(ticket, covering, usage);
                } catch (QuotaReachedException | SeriesUsedUpException refused) {
                    outcomes.set(ticket.index(), IssueOutcome.refused(refused));
                    continue;
                }
                admitted.add(ticket);
            }
            for (int i = 0; i < admitted.size(); i++) {
                outcomes.set(admitted.get(i).index(), IssueOutcome.issued(issued.get(i)));
            }
        }
        return outcomes;
    }

    /** The request's own checks: services offered, one ticket's worth of them, the client's limit. */
    private Admissible checked(
            int index, TicketRequest request, Shop shop, Map<ServiceCode, Offered> offers, Instant now) {
        List<Offered> offered = request.services().stream()
                .map(ServiceCode::of)
                .map(code -> offers.computeIfAbsent(code, wanted -> offered(shop, wanted)))
                .toList();
        List<PublicService> services = offered.stream().map(Offered::service).toList();
        Ticket.requireServices(services);
        ClientFingerprint client = null;
        if (request.clientAddress() != null) {
            client = ClientFingerprint.of(request.clientAddress());
            AnonymousTicketLimit limit = new AnonymousTicketLimit(
                    request.channel() == Channel.KIOSK ? kioskLimit : anonymousLimit, limitWindow);
            limit.check(tickets.issuedSince(shop, client, request.channel(), limit.windowStart(now)));
        }
        return new Admissible(index, request, services, offered.get(0).queue(), client);
    }

    /**
     * Admits the ticket to every quota that covers one of its services, or refuses it; the day's
     * usage of each quota is counted once per transaction (under the shop's lock) and then kept up
     * ({@link #counted}). Returns the quotas that cover it.
     */
    private List<DailyQuota> admit(
            Admissible ticket, List<DailyQuota> shopQuotas, Map<DailyQuota, QuotaUsage> usage, LocalDate day) {
        boolean priority = ticket.request().priority() != null;
        List<DailyQuota> covering = new ArrayList<>();
        for (DailyQuota quota : shopQuotas) {
            Optional<PublicService> covered =
                    ticket.services().stream().filter(quota::covers).findFirst();
            if (covered.isPresent()) {
                QuotaUsage used = usage.computeIfAbsent(quota, counted -> quotas.usage(counted, day));
                try {
                    quota.admit(used, priority);
                } catch (QuotaReachedException full) {
                    throw full.forService(covered.get().code().value());
                }
                covering.add(quota);
            }
        }
        return covering;
    }

    /** Counts the stored ticket in the usage of the quotas that cover it. */
    private static void counted(Admissible ticket, List<DailyQuota> covering, Map<DailyQuota, QuotaUsage> usage) {
        boolean priority = ticket.request().priority() != null;
        if (ticket.request().channel() != Channel.APPOINTMENT) {
            covering.forEach(quota -> usage.computeIfPresent(quota, (counted, used) -> used.plusTicket(priority)));
        }
    }

    /** Draws the ticket's number from its series and stores it with its audit record. */
    private Ticket numbered(
            Admissible admitted, Shop shop, LocalDate day, Map<Character, TicketSeries> series, Instant now) {
        TicketRequest request = admitted.request();
        char letter = request.priority() == null ? admitted.queue().letter() : TicketNumber.PRIORITY_SERIES;
        Ticket ticket = series.computeIfAbsent(letter, wanted -> tickets.series(shop, day, wanted))
                .issue(
                        admitted.queue(),
                        admitted.services(),
                        request.priority(),
                        request.channel(),
                        admitted.client(),
                        now);
        tickets.add(ticket);
        audit.record(
                "anonymous",
                "ticket.issued",
                AuditSubjects.of(ticket),
                "services="
                        + admitted.services().stream()
                                .map(service -> service.code().value())
                                .toList() + " channel=" + request.channel());
        return ticket;
    }

    /** A service the shop offers, and the shop's queue it feeds. */
    private record Offered(PublicService service, ServiceQueue queue) {}

    /** A request that passed its own checks, waiting for the quotas and its number. */
    private record Admissible(
            int index,
            TicketRequest request,
            List<PublicService> services,
            ServiceQueue queue,
            ClientFingerprint client) {}

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
