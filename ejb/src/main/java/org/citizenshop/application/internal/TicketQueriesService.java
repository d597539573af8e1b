package org.citizenshop.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.citizenshop.application.TicketQueries;
import org.citizenshop.application.TicketView;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.ticket.TicketRepository;

/** Public: a ticket carries no personal data, only its number, status and place. */
@Stateless
@PermitAll
public class TicketQueriesService implements TicketQueries {

    @Inject
    TicketRepository tickets;

    @Inject
    TicketViews views;

    @Override
    public TicketView ticket(long id) {
        return tickets.findForView(id)
                .map(views::of)
                .orElseThrow(() -> new NotFoundException("ticket.unknown", "No ticket " + id, id));
    }
}
