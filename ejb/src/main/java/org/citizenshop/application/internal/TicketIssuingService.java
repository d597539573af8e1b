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
 * Takes a ticket in one short transaction: it checks the request without locks, then locks the shop
 * (which keeps numbers and quotas right under any concurrency), admits the ticket to the quotas,
 * numbers and stores it, and commits. Requests for the same shop that arrive while its tickets are
 * being numbered share the next such transaction ({@link TicketBatcher}, {@link TicketIssuer#issueAll});
 * their holders' place and wait are read after it, while the shop's next transaction runs ({@link
 * TicketIssuer#shown}). A ticket issued alone is shown in its own transaction.
 */
@Stateless
@PermitAll
public class TicketIssuingService implements TicketIssuing {

    @Inject
    TicketBatcher batcher;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public TicketView take(TicketRequest request) {
        return batcher.issue(request);
    }
}
