package org.citizenshop.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** What the clerk at the desk does with the ticket being served; only that clerk may. */
public interface VisitOperations {

    /** The citizen has come to the desk. */
    TicketView start(long ticket);

    /** The desk's part is done: the ticket goes on to the next service of its journey, or the visit ends. */
    TicketView complete(long ticket);

    TicketView markNoShow(long ticket);

    TicketView transfer(long ticket, @NotNull @Valid Transfer transfer);
}
