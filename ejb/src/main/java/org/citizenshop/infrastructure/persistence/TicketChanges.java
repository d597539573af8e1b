package org.citizenshop.infrastructure.persistence;

import jakarta.inject.Inject;
import org.citizenshop.domain.model.ticket.Ticket;

/**
 * Tells the kept counts of waiting tickets ({@link WaitingCountBases}) that a ticket changed: called
 * by the persistence provider for every ticket updated (an entity listener, declared in
 * {@code META-INF/orm.xml} so that the domain's classes name no infrastructure), and for every
 * ticket stored that was issued before a count already kept.
 */
public class TicketChanges {

    @Inject
    WaitingCountBases bases;

    /** A ticket changed: called, completed, transferred, cancelled, closed. */
    public void updated(Ticket ticket) {
        bases.changed(ticket);
    }

    /** A ticket stored: new tickets come after every kept count, except those stored with an earlier issue time. */
    public void stored(Ticket ticket) {
        if (bases.covers(ticket)) {
            bases.changed(ticket);
        }
    }
}
