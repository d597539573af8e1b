package org.citizenshop.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.citizenshop.domain.model.ticket.Ticket;
import org.citizenshop.domain.model.ticket.WaitingCount;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The last full count of each queue's waiting tickets, kept on this node so that the count for the
 * next tickets of the queue reads only the tickets issued since (a handful) instead of every waiting
 * ticket of the queue (tens of thousands in the benchmark, where each count read them all).
 *
 * <p>A base is dropped whenever a ticket of its shop and day changes on this node (called,
 * completed, transferred, cancelled: {@link TicketChanges}), both at the change and after its
 * transaction ends, and it is used for at most {@code citizenshop.tickets.waiting-count-reuse}: what
 * other servers change is seen within that time. A base is kept only once the transaction that
 * counted it has committed, and only if nothing of its shop changed meanwhile.
 */
@ApplicationScoped
public class WaitingCountBases {

    /** A count of a queue's waiting tickets up to one ticket (issue time, then identifier), and when it was read. */
    record Base(WaitingCount count, Instant upToIssued, long upToId, Instant readAt) {

        /** Whether the base ends before this ticket, so that the tickets after it and up to the ticket complete it. */
        boolean endsBefore(Ticket last) {
            int order = upToIssued.compareTo(last.issuedAt());
            return order < 0 || (order == 0 && upToId < last.id());
        }
    }

    private record ShopDay(Object shop, LocalDate day) {}

    /** The bases of one shop and day, and how often its tickets changed: a base counted before a change is not kept. */
    private record Bases(long changes, Map<Long, Base> byQueue) {}

    private final ConcurrentMap<ShopDay, Bases> bases = new ConcurrentHashMap<>();

    @PersistenceUnit(unitName = "citizen-shop")
    EntityManagerFactory persistence;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "citizenshop.tickets.waiting-count-reuse", defaultValue = "PT2S")
    Duration reuse;

    /** A base to complete for this ticket of the queue, if one is fresh and ends before it. */
    Optional<Base> before(Ticket last) {
        Base base = kept(last);
        if (base == null || base.readAt().plus(reuse).isBefore(clock.instant()) || !base.endsBefore(last)) {
            return Optional.empty();
        }
        return Optional.of(base);
    }

    /** Whether a base of the ticket's queue counts up to it or beyond: one stored only now would be missing from it. */
    boolean covers(Ticket ticket) {
        Base base = kept(ticket);
        return base != null && !base.endsBefore(ticket);
    }

    /** The base kept for the ticket's queue and day, or null. */
    private Base kept(Ticket ticket) {
        Bases known = bases.get(key(ticket));
        return known == null ? null : known.byQueue().get(ticket.queue().id());
    }

    /** How often the tickets of this ticket's shop and day changed so far: read before counting. */
    long changes(Ticket last) {
        Bases known = bases.get(key(last));
        return known == null ? 0 : known.changes();
    }

    /**
     * Keeps the count as the queue's base once the caller's transaction has committed, unless a ticket
     * of the shop changed since {@code changesBefore} was read, or a later base is kept already.
     */
    void keep(Ticket last, long changesBefore, Base base) {
        ShopDay key = key(last);
        long queue = last.queue().id();
        afterCommit(() -> bases.compute(key, (unused, known) -> {
            long changes = known == null ? 0 : known.changes();
            if (changes != changesBefore) {
                return known;
            }
            Map<Long, Base> byQueue = new HashMap<>(known == null ? Map.of() : known.byQueue());
            Base kept = byQueue.get(queue);
            if (kept == null || kept.endsBefore(last)) {
                byQueue.put(queue, base);
            }
            return new Bases(changes, Map.copyOf(byQueue));
        }));
    }

    /** A ticket of the shop changed: its bases are dropped now and once the change's transaction has ended. */
    void changed(Ticket ticket) {
        ShopDay key = key(ticket);
        drop(key);
        if (inTransaction()) {
            transactions.registerInterposedSynchronization(new AfterCompletion(() -> drop(key)));
        }
    }

    /** Runs the action once the caller's transaction has committed; at once when read outside any. */
    private void afterCommit(Runnable action) {
        if (inTransaction()) {
            transactions.registerInterposedSynchronization(new AfterCommit(action));
        } else {
            action.run();
        }
    }

    private boolean inTransaction() {
        return transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
    }

    private void drop(ShopDay key) {
        bases.compute(key, (unused, known) -> new Bases(known == null ? 1 : known.changes() + 1, Map.of()));
        bases.keySet().removeIf(old -> old.day().isBefore(key.day().minusDays(1)));
    }

    private ShopDay key(Ticket ticket) {
        // The shop's identifier without loading it: a ticket's shop may still be a proxy here.
        return new ShopDay(persistence.getPersistenceUnitUtil().getIdentifier(ticket.shop()), ticket.serviceDay());
    }

    /** Runs once the transaction has committed. */
    private record AfterCommit(Runnable action) implements Synchronization {
        @Override
        public void beforeCompletion() {
            // nothing before: the base counts only once committed
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                action.run();
            }
        }
    }

    /** Runs once the transaction has ended, however. */
    private record AfterCompletion(Runnable action) implements Synchronization {
        @Override
        public void beforeCompletion() {
            // nothing before: what was read before the end may be what the transaction is changing
        }

        @Override
        public void afterCompletion(int status) {
            action.run();
        }
    }
}
