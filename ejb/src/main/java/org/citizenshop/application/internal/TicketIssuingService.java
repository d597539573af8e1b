package org.citizenshop.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.citizenshop.application.TicketIssuing;
import org.citizenshop.application.TicketRequest;
import org.citizenshop.application.TicketView;

/**
 * Takes a ticket in two short transactions, so that the shop's lock (which keeps numbers and quotas
 * right under any concurrency) is held only while the number is drawn: the first checks the request
 * without locks, then locks the shop, admits the ticket to the quotas, numbers and stores it, and
 * commits; the second reads the ticket's place and wait for the holder. Requests for the same shop
 * that arrive while its tickets are being numbered share the next first transaction ({@link TicketBatcher}).
 */
@Stateless
@PermitAll
public class TicketIssuingService implements TicketIssuing {

    @Inject
    TicketIssuer issuer;

    @Inject
    TicketBatcher batcher;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public TicketView take(TicketRequest request) {
        long id = batcher.issue(request);
        return issuer.holderView(id);
    }
}
