package org.citizenshop.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.citizenshop.domain.model.Fixtures;
import org.citizenshop.domain.model.ticket.Channel;
import org.citizenshop.domain.model.ticket.Ticket;
import org.citizenshop.domain.model.ticket.TicketSeries;
import org.citizenshop.domain.model.ticket.WaitingCount;
import org.junit.jupiter.api.Test;

class WaitingCountBasesTest {

    private final Fixtures floor = new Fixtures();
    private final Fixtures otherShop = new Fixtures();
    private final Map<Object, Long> shopIds = new IdentityHashMap<>();
    private final List<Synchronization> synchronizations = new ArrayList<>();
    private int transactionStatus = Status.STATUS_NO_TRANSACTION;
    private Instant now = Fixtures.MORNING;
    private final WaitingCountBases bases = new WaitingCountBases();
    private long lastId;

    WaitingCountBasesTest() {
        shopIds.put(floor.shop, 1L);
        shopIds.put(otherShop.shop, 2L);
        setId(floor.registryQueue, 11L);
        setId(otherShop.registryQueue, 21L);
        PersistenceUnitUtil util = proxy(PersistenceUnitUtil.class, (method, args) -> {
            if (!method.equals("getIdentifier")) {
                throw new UnsupportedOperationException(method);
            }
            return shopIds.get(args[0]);
        });
        bases.persistence = proxy(EntityManagerFactory.class, (method, args) -> {
            if (!method.equals("getPersistenceUnitUtil")) {
                throw new UnsupportedOperationException(method);
            }
            return util;
        });
        bases.transactions = proxy(TransactionSynchronizationRegistry.class, (method, args) -> switch (method) {
            case "getTransactionStatus" -> transactionStatus;
            case "registerInterposedSynchronization" -> synchronizations.add((Synchronization) args[0]);
            default -> throw new UnsupportedOperationException(method);
        });
        bases.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        bases.reuse = Duration.ofSeconds(2);
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(
                type.getClassLoader(),
                new Class<?>[] {type},
                (unused, method, args) -> answer.answer(method.getName(), args)));
    }

    private static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A ticket of the queue issued at the instant, with the next identifier. */
    private Ticket issued(Fixtures at, Instant issuedAt) {
        Ticket ticket = new TicketSeries(
                        null, Fixtures.MORNING.atZone(ZoneOffset.UTC).toLocalDate(), 'A')
                .issue(at.registryQueue, List.of(at.citizenCard), null, Channel.KIOSK, null, issuedAt);
        setId(ticket, ++lastId);
        return ticket;
    }

    private WaitingCountBases.Base countedUpTo(Ticket last, long waiting) {
        return new WaitingCountBases.Base(new WaitingCount(waiting, 0, 1), last.issuedAt(), last.id(), now);
    }

    private void endTransaction(int status) {
        synchronizations.forEach(synchronization -> synchronization.afterCompletion(status));
        synchronizations.clear();
        transactionStatus = Status.STATUS_NO_TRANSACTION;
    }

    @Test
    void aCount_isKeptOnceItsTransactionCommits_andCompletesOnlyTheTicketsAfterIt() {
        Ticket first = issued(floor, now);
        Ticket next = issued(floor, now.plusMillis(5));
        transactionStatus = Status.STATUS_ACTIVE;

        bases.keep(first, bases.changes(first), countedUpTo(first, 40));
        assertThat(bases.before(next)).as("not before its commit").isEmpty();
        endTransaction(Status.STATUS_COMMITTED);

        assertThat(bases.before(next))
                .hasValueSatisfying(base -> assertThat(base.count().waiting()).isEqualTo(40));
        assertThat(bases.before(first))
                .as("a base never completes the ticket it ends at")
                .isEmpty();
        assertThat(bases.covers(first)).isTrue();
        assertThat(bases.covers(next)).isFalse();
    }

    @Test
    void aCountWhoseTransactionRollsBack_isNotKept() {
        Ticket first = issued(floor, now);
        transactionStatus = Status.STATUS_ACTIVE;

        bases.keep(first, bases.changes(first), countedUpTo(first, 40));
        endTransaction(Status.STATUS_ROLLEDBACK);

        assertThat(bases.before(issued(floor, now.plusMillis(5)))).isEmpty();
    }

    @Test
    void aChange_dropsTheShopsBases_atOnceAndWhenItsTransactionEnds() {
        Ticket first = issued(floor, now);
        bases.keep(first, bases.changes(first), countedUpTo(first, 40));
        Ticket next = issued(floor, now.plusMillis(5));
        assertThat(bases.before(next)).isPresent();

        transactionStatus = Status.STATUS_ACTIVE;
        bases.changed(first);
        assertThat(bases.before(next)).isEmpty();
        // counted while the change was not committed yet: it may hold the ticket as it was
        bases.keep(first, bases.changes(first), countedUpTo(first, 40));
        endTransaction(Status.STATUS_COMMITTED);

        assertThat(bases.before(next)).isEmpty();
    }

    @Test
    void aCountReadBeforeAChange_isNotKept() {
        Ticket first = issued(floor, now);
        long changesBefore = bases.changes(first);

        bases.changed(issued(floor, now.minusSeconds(60)));
        bases.keep(first, changesBefore, countedUpTo(first, 40));

        assertThat(bases.before(issued(floor, now.plusMillis(5)))).isEmpty();
    }

    @Test
    void aChangeAtAnotherShop_leavesTheBasesAlone() {
        Ticket first = issued(floor, now);
        bases.keep(first, bases.changes(first), countedUpTo(first, 40));

        bases.changed(issued(otherShop, now));

        assertThat(bases.before(issued(floor, now.plusMillis(5)))).isPresent();
    }

    @Test
    void aBase_servesForTheReuseTimeOnly() {
        Ticket first = issued(floor, now);
        bases.keep(first, bases.changes(first), countedUpTo(first, 40));

        now = now.plusSeconds(2);
        assertThat(bases.before(issued(floor, now))).isPresent();
        now = now.plusMillis(1);
        assertThat(bases.before(issued(floor, now))).isEmpty();
    }

    @Test
    void anEarlierCount_neverReplacesALaterOne() {
        Ticket first = issued(floor, now);
        Ticket second = issued(floor, now.plusMillis(5));
        bases.keep(second, bases.changes(second), countedUpTo(second, 41));
        bases.keep(first, bases.changes(first), countedUpTo(first, 40));

        assertThat(bases.before(issued(floor, now.plusMillis(10))))
                .hasValueSatisfying(base -> assertThat(base.upToId()).isEqualTo(second.id()));
    }
}
