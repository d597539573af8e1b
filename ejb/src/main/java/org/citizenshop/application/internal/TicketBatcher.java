package org.citizenshop.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.citizenshop.application.TicketRequest;
import org.citizenshop.application.TicketView;
import org.citizenshop.domain.model.shop.ShopCode;
import org.citizenshop.domain.model.ticket.Ticket;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Numbers the tickets of concurrent requests for the same shop in shared transactions (see
 * {@link TicketLane}), one lane per shop. A shop gets its lane with its first issued ticket, so a
 * request for a shop that does not exist never gets one.
 */
@ApplicationScoped
public class TicketBatcher {

    @Inject
    TicketIssuer issuer;

    /** The most tickets numbered in one transaction. */
    @Inject
    @ConfigProperty(name = "citizenshop.tickets.most-per-transaction", defaultValue = "64")
    int mostPerTransaction;

    private final ConcurrentMap<ShopCode, TicketLane<Ticket, TicketView>> lanes = new ConcurrentHashMap<>();

    private final TicketLane.Numbering<Ticket, TicketView> numbering = new TicketLane.Numbering<>() {
        @Override
        public List<IssueOutcome<Ticket>> together(List<TicketRequest> requests) {
            return issuer.issueAll(requests);
        }

        @Override
        public List<TicketView> shown(List<Ticket> numbered) {
            return issuer.shown(numbered);
        }

        @Override
        public TicketView alone(TicketRequest request) {
            return issuer.issue(request);
        }
    };

    /** Numbers and stores the request's ticket; the holder's view of it. Throws the request's refusal. */
    public TicketView issue(TicketRequest request) {
        ShopCode shop = ShopCode.of(request.shop());
        TicketLane<Ticket, TicketView> lane = lanes.get(shop);
        if (lane != null) {
            return lane.issue(request);
        }
        TicketView ticket = numbering.alone(request);
        lanes.computeIfAbsent(shop, known -> new TicketLane<>(mostPerTransaction, numbering));
        return ticket;
    }
}
