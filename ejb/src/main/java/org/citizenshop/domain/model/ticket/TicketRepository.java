package org.citizenshop.domain.model.ticket;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.citizenshop.domain.model.catalogue.ServiceQueue;
import org.citizenshop.domain.model.shop.Desk;
import org.citizenshop.domain.model.shop.Shop;

public interface TicketRepository {

    void add(Ticket ticket);

    Optional<Ticket> find(long id);

    /** Finds or starts the series of a letter for the day; the caller holds the shop's lock. */
    TicketSeries series(Shop lockedShop, LocalDate day, char letter);

    /**
     * The next waiting ticket this desk may serve, locked for the caller; a row another
     * transaction holds is skipped, so two desks calling at once never get the same ticket.
     */
    Optional<Ticket> lockNextFor(Desk desk, LocalDate day);

    /** The ticket being served at the desk, if any. */
    Optional<Ticket> calledAt(Desk desk);

    /** Waiting tickets of the day in a queue. */
    long waitingIn(ServiceQueue queue, LocalDate day);

    /** Waiting tickets of the day that this desk may serve. */
    long waitingFor(Desk desk, LocalDate day);

    /** Tickets that will be called before this one, as the desks see the queue now. */
    long waitingAhead(Ticket ticket);

    /** Tickets a client took at a shop through a channel since a moment (for the anonymous-client limit). */
    long issuedSince(Shop shop, ClientFingerprint client, Channel channel, Instant since);

    /** The most recently called tickets of a shop's day, newest first. */
    List<Ticket> recentlyCalled(Shop shop, LocalDate day, int limit);

    /** The mean time from call to completion of the queue's tickets completed on the day. */
    Optional<Duration> averageServiceTime(ServiceQueue queue, LocalDate day);
}
