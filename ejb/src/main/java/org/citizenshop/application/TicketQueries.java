package org.citizenshop.application;

/** Where a ticket stands: its status and, while it waits, its place and the expected wait. */
public interface TicketQueries {

    TicketView ticket(long id);
}
