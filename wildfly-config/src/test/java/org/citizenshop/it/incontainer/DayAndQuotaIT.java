package org.citizenshop.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.citizenshop.application.DayClosing;
import org.citizenshop.application.DeskOperations;
import org.citizenshop.application.FloorSupervision;
import org.citizenshop.application.FloorView;
import org.citizenshop.application.QuotaState;
import org.citizenshop.application.ShopDirectory;
import org.citizenshop.application.TicketIssuing;
import org.citizenshop.application.TicketQueries;
import org.citizenshop.application.TicketRequest;
import org.citizenshop.application.TicketView;
import org.citizenshop.application.VisitOperations;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.quota.QuotaReachedException;
import org.citizenshop.domain.model.ticket.Channel;
import org.citizenshop.domain.model.ticket.PriorityReason;
import org.citizenshop.it.Deployments;
import org.citizenshop.it.support.AsAnonymous;
import org.citizenshop.it.support.AsFirstClerk;
import org.citizenshop.it.support.AsSupervisor;
import org.citizenshop.it.support.Caller;
import org.citizenshop.it.support.TestFloor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Daily quotas, the supervisor's floor, and closing the day, on PostgreSQL, each test on a shop of its own. */
@ExtendWith(ArquillianExtension.class)
class DayAndQuotaIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(
                new Class<?>[] {
                    DayAndQuotaIT.class,
                    TestFloor.class,
                    TestFloor.Floor.class,
                    Caller.class,
                    AsFirstClerk.class,
                    AsSupervisor.class,
                    AsAnonymous.class,
                    Deployments.class
                },
                Assertions.class);
    }

    @Inject
    TicketIssuing issuing;

    @Inject
    TicketQueries queries;

    @Inject
    DeskOperations desks;

    @Inject
    VisitOperations visits;

    @Inject
    FloorSupervision supervision;

    @Inject
    ShopDirectory directory;

    @Inject
    TestFloor testFloor;

    @Inject
    AsFirstClerk clerk;

    @Inject
    AsSupervisor supervisor;

    @Inject
    AsAnonymous anonymous;

    private TestFloor.Floor floor;

    @BeforeEach
    void aShopWithATaxQuota() {
        floor = testFloor.create();
        testFloor.quota(floor.shop(), "AT", 2, 1, 1);
    }

    private TicketView take(String service, PriorityReason priority) throws Exception {
        return anonymous.call(
                () -> issuing.take(TicketRequest.forService(floor.shop(), service, priority, Channel.KIOSK, null)));
    }

    @Test
    void theQuotaRefusesTicketsPastItsShares_andANoShowGivesThePlaceBack() throws Exception {
        take("AT-NIF", null);
        take("AT-NIF", null);
        take("IRN-CC", null);
        assertThatThrownBy(() -> take("AT-NIF", null))
                .isInstanceOf(QuotaReachedException.class)
                .extracting(e -> ((QuotaReachedException) e).messageKey())
                .isEqualTo("ticket.quotaReached");
        TicketView priority = take("AT-NIF", PriorityReason.PREGNANCY);
        assertThatThrownBy(() -> take("AT-NIF", PriorityReason.PREGNANCY)).isInstanceOf(QuotaReachedException.class);

        TicketView absent = clerk.call(() -> desks.callNext(floor.firstDesk()).orElseThrow());
        clerk.call(() -> desks.recall(floor.firstDesk()));
        clerk.call(() -> visits.markNoShow(absent.id()));

        assertThat(absent.number()).isEqualTo(priority.number());
        assertThat(take("AT-NIF", PriorityReason.PREGNANCY).number()).isEqualTo("P002");
    }

    @Test
    void concurrentIssuing_fillsTheQuotaExactly_andRefusesOnlyWhatItCovers() throws Exception {
        ExecutorService kiosks = Executors.newFixedThreadPool(12);
        try {
            List<Future<TicketView>> tax = new ArrayList<>();
            List<Future<TicketView>> taxPriority = new ArrayList<>();
            List<Future<TicketView>> identity = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                tax.add(kiosks.submit(() -> take("AT-NIF", null)));
                identity.add(kiosks.submit(() -> take("IRN-CC", null)));
                if (i % 4 == 0) {
                    taxPriority.add(kiosks.submit(() -> take("AT-NIF", PriorityReason.PREGNANCY)));
                }
            }
            List<String> numbers = new ArrayList<>();
            int refused = 0;
            for (Future<TicketView> ticket : concat(tax, taxPriority)) {
                try {
                    numbers.add(ticket.get(60, TimeUnit.SECONDS).number());
                } catch (ExecutionException full) {
                    assertThat(full.getCause()).isInstanceOf(QuotaReachedException.class);
                    refused++;
                }
            }
            // walk-in share 2, priority share 1: three tax tickets, at least one of them priority
            assertThat(numbers).hasSize(3).anyMatch(number -> number.startsWith("P"));
            assertThat(refused).isEqualTo(22);
            for (Future<TicketView> ticket : identity) {
                numbers.add(ticket.get(60, TimeUnit.SECONDS).number());
            }
            assertThat(numbers).hasSize(23).doesNotHaveDuplicates();
            QuotaState left =
                    anonymous.call(() -> directory.quotas(floor.shop()).get(0));
            assertThat(left.walkInLeft()).isZero();
            assertThat(left.priorityLeft()).isZero();
            assertThat(left.appointmentsLeft()).isEqualTo(1);
        } finally {
            kiosks.shutdownNow();
        }
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    @Test
    void theFloor_showsQueues_desks_andTheQuotasLeft() throws Exception {
        take("AT-NIF", null);
        take("IRN-CC", null);
        clerk.call(() -> desks.signIn(floor.firstDesk()));

        FloorView view = supervisor.call(() -> supervision.floor(floor.shop()));

        assertThat(view.dayOpen()).isTrue();
        assertThat(view.queues()).extracting(q -> q.code() + "=" + q.waiting()).containsExactly("IRN=1", "AT=1");
        assertThat(view.desks())
                .extracting(d -> d.code() + ":" + d.status())
                .containsExactly(floor.firstDesk() + ":OPEN", floor.secondDesk() + ":CLOSED");
        assertThat(view.quotas()).singleElement().satisfies(quota -> {
            assertThat(quota.scope()).isEqualTo("AT");
            assertThat(quota.walkInLeft()).isEqualTo(1);
        });
        assertThat(view.alerts()).isEmpty();
    }

    @Test
    void closingTheDay_closesUnservedTickets_letsTheVisitInProgressFinish_andRefusesNewOnes() throws Exception {
        take("IRN-CC", null);
        take("IRN-CC", null);
        TicketView waiting = take("IRN-CC", null);
        TicketView served = clerk.call(() -> desks.callNext(floor.firstDesk()).orElseThrow());
        clerk.call(() -> visits.start(served.id()));

        DayClosing closing = supervisor.call(() -> supervision.closeDay(floor.shop()));

        assertThat(closing.closed()).isEqualTo(2);
        assertThat(queries.ticket(waiting.id()).status()).isEqualTo("CLOSED");
        assertThat(queries.ticket(served.id()).status()).isEqualTo("IN_SERVICE");
        assertThatThrownBy(() -> take("IRN-CC", null))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).messageKey())
                .isEqualTo("shop.closed");
        supervisor.call(() -> {
            supervision.openDay(floor.shop());
            return null;
        });
        assertThat(take("IRN-CC", null).number()).isEqualTo("A004");
    }

    @Test
    void aSupervisorClosesADeskLeftOpen_itsTicketWaitsAgain() throws Exception {
        TicketView ticket = take("IRN-CC", null);
        clerk.call(() -> desks.callNext(floor.firstDesk()));

        supervisor.call(() -> {
            supervision.closeDesk(floor.firstDesk());
            return null;
        });

        assertThat(queries.ticket(ticket.id()).status()).isEqualTo("WAITING");
        assertThat(clerk.call(() -> desks.state(floor.firstDesk())).open()).isFalse();
    }

    @Test
    void onlyASupervisor_closesTheDay() {
        assertThatThrownBy(() -> clerk.call(() -> supervision.closeDay(floor.shop())))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> anonymous.call(() -> supervision.floor(floor.shop())))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void quotasLeft_arePublic_andCountTheDaysTickets() throws Exception {
        take("AT-NIF", null);

        QuotaState tax = anonymous.call(() -> directory.quotas(floor.shop()).get(0));

        assertThat(tax.walkInLeft()).isEqualTo(1);
        assertThat(tax.priorityLeft()).isEqualTo(1);
        assertThat(tax.appointmentsLeft()).isEqualTo(1);
    }
}
