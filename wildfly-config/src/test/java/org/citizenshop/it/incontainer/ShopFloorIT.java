package org.citizenshop.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.Assertions;
import org.citizenshop.application.CalledTicket;
import org.citizenshop.application.DeskOperations;
import org.citizenshop.application.IssuedTicket;
import org.citizenshop.application.TicketIssuing;
import org.citizenshop.application.TicketRequest;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.ticket.Channel;
import org.citizenshop.domain.model.ticket.PriorityReason;
import org.citizenshop.domain.model.ticket.TooManyTicketsException;
import org.citizenshop.it.Deployments;
import org.citizenshop.it.support.AsAnonymous;
import org.citizenshop.it.support.AsCitizen;
import org.citizenshop.it.support.AsFirstClerk;
import org.citizenshop.it.support.AsSecondClerk;
import org.citizenshop.it.support.Caller;
import org.citizenshop.it.support.TestFloor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shop floor's application services inside the server, on PostgreSQL: numbering, calling,
 * priority, limits and who may do what. Each test works on a shop of its own.
 */
@ExtendWith(ArquillianExtension.class)
class ShopFloorIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(
                new Class<?>[] {
                    ShopFloorIT.class,
                    TestFloor.class,
                    TestFloor.Floor.class,
                    Caller.class,
                    AsFirstClerk.class,
                    AsSecondClerk.class,
                    AsCitizen.class,
                    AsAnonymous.class,
                    Deployments.class
                },
                Assertions.class);
    }

    @Inject
    TicketIssuing issuing;

    @Inject
    DeskOperations desks;

    @Inject
    TestFloor testFloor;

    @Inject
    AsFirstClerk firstClerk;

    @Inject
    AsSecondClerk secondClerk;

    @Inject
    AsCitizen citizen;

    @Inject
    AsAnonymous anonymous;

    private TestFloor.Floor floor;

    @BeforeEach
    void arrangeAShopOfItsOwn() {
        floor = testFloor.create();
    }

    private IssuedTicket take(String service, PriorityReason priority) throws Exception {
        return anonymous.call(
                () -> issuing.take(new TicketRequest(floor.shop(), service, priority, Channel.KIOSK, null)));
    }

    @Test
    void ticketsAreNumberedPerLetter_priorityFromThePSeries() throws Exception {
        IssuedTicket first = take("IRN-CC", null);
        IssuedTicket second = take("IRN-CERT", null);
        IssuedTicket priority = take("IRN-CC", PriorityReason.CHILD_UNDER_TWO);

        assertThat(first.number()).isEqualTo("A001");
        assertThat(second.number()).isEqualTo("A002");
        assertThat(priority.number()).isEqualTo("P001");
        assertThat(second.peopleAhead()).isEqualTo(1);
        assertThat(priority.peopleAhead()).isZero();
        assertThat(second.estimatedWaitMinutes()).isPositive();
    }

    @Test
    void concurrentIssuing_neverGivesTheSameNumberTwice() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<IssuedTicket>> issued = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                issued.add(pool.submit(() -> take("IRN-CC", null)));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<IssuedTicket> ticket : issued) {
                numbers.add(ticket.get().number());
            }
            assertThat(numbers).doesNotHaveDuplicates().hasSize(24).contains("A001", "A024");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoDesksCallingAtOnce_neverGetTheSameTicket() throws Exception {
        for (int i = 0; i < 12; i++) {
            take("IRN-CC", null);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<String>> atFirst = pool.submit(callUntilEmpty(firstClerk, floor.firstDesk()));
            Future<List<String>> atSecond = pool.submit(callUntilEmpty(secondClerk, floor.secondDesk()));
            List<String> called = new ArrayList<>(atFirst.get());
            called.addAll(atSecond.get());

            assertThat(called).doesNotHaveDuplicates().hasSize(12);
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<List<String>> callUntilEmpty(Caller clerk, String desk) {
        return () -> {
            List<String> numbers = new ArrayList<>();
            Optional<CalledTicket> next;
            while ((next = clerk.call(() -> desks.callNext(desk))).isPresent()) {
                numbers.add(next.get().number());
            }
            return numbers;
        };
    }

    @Test
    void callNext_takesPriorityFirst_thenArrivalOrder_andEndsTheVisitInProgress() throws Exception {
        take("IRN-CC", null);
        take("IRN-CERT", null);
        take("IRN-CC", PriorityReason.PREGNANCY);

        List<String> order = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            order.add(firstClerk
                    .call(() -> desks.callNext(floor.firstDesk()))
                    .orElseThrow()
                    .number());
        }
        Optional<CalledTicket> none = firstClerk.call(() -> desks.callNext(floor.firstDesk()));

        assertThat(order).containsExactly("P001", "A001", "A002");
        assertThat(none).isEmpty();
        assertThat(firstClerk.call(() -> desks.state(floor.firstDesk())).current())
                .isNull();
    }

    @Test
    void aDeskInUseByAnotherClerk_isAConflict() throws Exception {
        firstClerk.call(() -> desks.signIn(floor.firstDesk()));

        assertThatThrownBy(() -> secondClerk.call(() -> desks.callNext(floor.firstDesk())))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).messageKey())
                .isEqualTo("desk.occupied");
    }

    @Test
    void aClerkMayCall_aCitizenOrAnonymousCallerMayNot() throws Exception {
        take("IRN-CC", null);

        assertThatThrownBy(() -> citizen.call(() -> desks.callNext(floor.firstDesk())))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> anonymous.call(() -> desks.callNext(floor.firstDesk())))
                .isInstanceOf(EJBAccessException.class);
        assertThat(firstClerk.call(() -> desks.callNext(floor.firstDesk()))).isPresent();
    }

    @Test
    void anonymousClients_areLimitedPerShop_devicesWithALoginAreNot() throws Exception {
        String address = "198.51.100." + (int) (Math.random() * 200);
        long limit = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("citizenshop.tickets.anonymous-limit", Long.class)
                .orElse(10L);
        for (int i = 0; i < limit; i++) {
            anonymous.call(() -> issuing.take(new TicketRequest(floor.shop(), "IRN-CC", null, Channel.API, address)));
        }

        assertThatThrownBy(() -> anonymous.call(
                        () -> issuing.take(new TicketRequest(floor.shop(), "IRN-CC", null, Channel.API, address))))
                .isInstanceOf(TooManyTicketsException.class);
        assertThat(take("IRN-CC", null).number()).isEqualTo(String.format("A%03d", limit + 1));
    }

    @Test
    void badInput_isRefusedWithTheFieldAndAReason() {
        assertThatThrownBy(() -> take("NOPE", null))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("service");
        assertThatThrownBy(() -> take("IMT-LICENCE-X", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> anonymous.call(
                        () -> issuing.take(new TicketRequest("NO-SUCH-SHOP", "IRN-CC", null, Channel.KIOSK, null))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> take("AT-NIF", null))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("service.notOffered");
    }
}
