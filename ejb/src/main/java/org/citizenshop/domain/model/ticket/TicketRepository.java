package org.citizenshop.domain.model.ticket;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.citizenshop.domain.model.catalogue.ServiceQueue;
import org.citizenshop.domain.model.shop.Desk;
import org.citizenshop.domain.model.shop.Shop;

public interface TicketRepository {

    void add(Ticket ticket);

    Optional<Ticket> find(long id);

    /** The ticket by its holder's code, with what its views show (shop, queue, service, steps). */
    Optional<Ticket> find(AccessCode code);

    /** The ticket with what its views show (shop, queue, service, steps), in one statement. */
    Optional<Ticket> findForView(long id);

    /** Finds or starts the series of a letter for the day; the caller holds the shop's lock. */
    TicketSeries series(Shop lockedShop, LocalDate day, char letter);

    /**
     * The next waiting ticket this desk may serve, in one locking query: tickets transferred to this
     * desk first, then checked-in appointments whose slot starts by {@code appointmentsDueBy} (earliest
     * slot first), then priority or normal tickets as the calling policy prefers, then the longest
     * wait. A row another transaction holds is skipped, so two desks calling at once never get the
     * same ticket.
     */
    Optional<Ticket> lockNextFor(
            Desk desk, Collection<Long> serviceIds, LocalDate day, boolean priorityFirst, Instant appointmentsDueBy);

    /** The ticket called to or being served at the desk, if any. */
    Optional<Ticket> atDesk(Desk desk);

    /** The ticket, locked for a change by the caller. */
    Optional<Ticket> findForUpdate(long id);

    /** Waiting tickets of the day in a queue. */
    long waitingIn(ServiceQueue queue, LocalDate day);

    /** The queue's waiting line right now: how many, how many with priority, since when the first waits. */
    QueueLine line(ServiceQueue queue, LocalDate day);

    /** Tickets of the day still waiting or called, which closing the day has to settle. */
    List<Ticket> unserved(Shop shop, LocalDate day);

    /** Waiting tickets of the day for these services that this desk may call. */
    long waitingFor(Desk desk, Collection<Long> serviceIds, LocalDate day);

    /** Tickets that will be called before this one, as the desks see the queue now. */
    long waitingAhead(Ticket ticket);

    /**
     * The waiting tickets of this ticket's queue and day up to it in the desks' order of issue (issue
     * time, then identifier), itself included if it still waits: how many, how many of them are
     * appointments or priority tickets, and how many were issued at its instant.
     */
    WaitingCount waitingUpTo(Ticket last);

    /** Tickets a client took at a shop through a channel since a moment (for the anonymous-client limit). */
    long issuedSince(Shop shop, ClientFingerprint client, Channel channel, Instant since);

    void record(TicketCall call);

    /** The latest calls and recalls of a shop's day, newest first. */
    List<TicketCall> recentCalls(Shop shop, LocalDate day, int limit);

    /** The mean time a desk took for the queue's services in the visits completed on the day. */
    Optional<Duration> averageServiceTime(ServiceQueue queue, LocalDate day);
}
