package org.citizenshop.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.Assertions;
import org.citizenshop.application.DeskOperations;
import org.citizenshop.application.TicketIssuing;
import org.citizenshop.application.TicketRequest;
import org.citizenshop.application.TicketView;
import org.citizenshop.application.Transfer;
import org.citizenshop.application.VisitOperations;
import org.citizenshop.application.internal.IssueOutcome;
import org.citizenshop.application.internal.TicketIssuer;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.ticket.Channel;
import org.citizenshop.domain.model.ticket.PriorityReason;
import org.citizenshop.domain.model.ticket.SeriesUsedUpException;
import org.citizenshop.domain.model.ticket.Ticket;
import org.citizenshop.domain.model.ticket.TicketNumber;
import org.citizenshop.domain.model.ticket.TicketRepository;
import org.citizenshop.domain.model.ticket.TooManyTicketsException;
import org.citizenshop.domain.model.ticket.WaitingCount;
import org.citizenshop.it.Deployments;
import org.citizenshop.it.support.AsAnonymous;
import org.citizenshop.it.support.AsCitizen;
import org.citizenshop.it.support.AsFirstClerk;
import org.citizenshop.it.support.AsSecondClerk;
import org.citizenshop.it.support.AsSkilledClerk;
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
                    AsSkilledClerk.class,
                    AsCitizen.class,
                    AsAnonymous.class,
                    Deployments.class
                },
                Assertions.class);
    }

    @Inject
    TicketIssuing issuing;

    @Inject
    TicketIssuer issuer;

    @Inject
    TicketRepository ticketRepository;

    @Inject
    DeskOperations desks;

    @Inject
    VisitOperations visits;

    @Inject
    TestFloor testFloor;

    @Inject
    AsFirstClerk firstClerk;

    @Inject
    AsSecondClerk secondClerk;

    @Inject
    AsSkilledClerk skilledClerk;

    @Inject
    AsCitizen citizen;

    @Inject
    AsAnonymous anonymous;

    private TestFloor.Floor floor;

    @BeforeEach
    void arrangeAShopOfItsOwn() {
        floor = testFloor.create();
    }

    private TicketView take(String service, PriorityReason priority) throws Exception {
        return anonymous.call(
                () -> issuing.take(TicketRequest.forService(floor.shop(), service, priority, Channel.KIOSK, null)));
    }

    private TicketView call(Caller clerk, String desk) throws Exception {
        return clerk.call(() -> desks.callNext(desk)).orElseThrow();
    }

    @Test
    void ticketsAreNumberedPerLetter_priorityFromThePSeries() throws Exception {
        TicketView first = take("IRN-CC", null);
        TicketView second = take("IRN-CERT", null);
        TicketView priority = take("IRN-CC", PriorityReason.CHILD_UNDER_TWO);

        assertThat(first.number()).isEqualTo("A001");
        assertThat(second.number()).isEqualTo("A002");
        assertThat(priority.number()).isEqualTo("P001");
        assertThat(second.peopleAhead()).isEqualTo(1);
        assertThat(priority.peopleAhead()).isZero();
        assertThat(second.estimatedWaitMinutes()).isPositive();
    }

    @Test
    void holdersShownAfterTheCommit_seeATicketCalledMeanwhileAsCalled_andTheOthersPlacesAsTheyAreNow()
            throws Exception {
        List<TicketRequest> requests = List.of(
                TicketRequest.forService(floor.shop(), "IRN-CC", null, Channel.KIOSK, null),
                TicketRequest.forService(floor.shop(), "IRN-CC", null, Channel.KIOSK, null),
                TicketRequest.forService(floor.shop(), "IRN-CC", null, Channel.KIOSK, null));
        List<Ticket> stored = anonymous.call(() -> issuer.issueAll(requests)).stream()
                .map(IssueOutcome::ticket)
                .toList();

        // the count read after the commit holds the three, all issued at one instant (the clock's
        // microseconds, as stored): their places come from it, without reading each again
        assertThat(ticketRepository.waitingUpTo(stored.get(2))).isEqualTo(new WaitingCount(3, 0, 3));
        assertThat(ticketRepository.waitingUpTo(stored.get(1))).isEqualTo(new WaitingCount(2, 0, 2));
        List<TicketView> atOnce = anonymous.call(() -> issuer.shown(stored));
        assertThat(atOnce).extracting(TicketView::number).containsExactly("A001", "A002", "A003");
        assertThat(atOnce).extracting(TicketView::peopleAhead).containsExactly(0L, 1L, 2L);

        // committed, and a desk calls the first before its holder's view is read again
        assertThat(call(firstClerk, floor.firstDesk()).number()).isEqualTo("A001");
        assertThat(ticketRepository.waitingUpTo(stored.get(2))).isEqualTo(new WaitingCount(2, 0, 2));
        List<TicketView> later = anonymous.call(() -> issuer.shown(stored));

        assertThat(later.get(0).status()).isEqualTo("CALLED");
        assertThat(later.get(0).desk()).isEqualTo(floor.firstDesk());
        assertThat(later.get(0).accessCode())
                .isEqualTo(atOnce.get(0).accessCode())
                .isNotBlank();
        assertThat(later).extracting(TicketView::status).containsExactly("CALLED", "WAITING", "WAITING");
        assertThat(later).extracting(TicketView::peopleAhead).containsExactly(0L, 0L, 1L);

        // the next tickets are counted from the count kept for the queue, which the call made stale:
        // the two still waiting are ahead of them, not the three counted before the call
        List<Ticket> next = anonymous.call(() -> issuer.issueAll(requests.subList(0, 2))).stream()
                .map(IssueOutcome::ticket)
                .toList();
        List<TicketView> nextShown = anonymous.call(() -> issuer.shown(next));
        assertThat(nextShown).extracting(TicketView::number).containsExactly("A004", "A005");
        assertThat(nextShown).extracting(TicketView::peopleAhead).containsExactly(2L, 3L);
    }

    @Test
    void concurrentIssuing_neverGivesTheSameNumberTwice() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<TicketView>> issued = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                issued.add(pool.submit(() -> take("IRN-CC", null)));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<TicketView> ticket : issued) {
                numbers.add(ticket.get().number());
            }
            assertThat(numbers).doesNotHaveDuplicates().hasSize(60).contains("A001", "A060");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentIssuing_tellsEachHolderThePeopleAheadAsTheDesksWillCallThem() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<TicketView>> issued = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                PriorityReason priority = i % 5 == 4 ? PriorityReason.PREGNANCY : null;
                issued.add(pool.submit(() -> take("IRN-CC", priority)));
            }
            List<TicketView> tickets = new ArrayList<>();
            for (Future<TicketView> ticket : issued) {
                tickets.add(ticket.get());
            }
            assertThat(tickets).extracting(TicketView::number).doesNotHaveDuplicates();
            for (TicketView ticket : tickets) {
                int rank = Integer.parseInt(ticket.number().substring(1));
                if (ticket.priorityReason() != null) {
                    // only the priority tickets issued before it
                    assertThat(ticket.peopleAhead()).as(ticket.number()).isEqualTo(rank - 1);
                } else {
                    // the walk-ins before it, and the priority tickets issued by then (at most all ten)
                    assertThat(ticket.peopleAhead()).as(ticket.number()).isBetween((long) rank - 1, rank - 1 + 10L);
                }
            }
            // The desks call each series in arrival order (issue time, then identifier): that order
            // must be the order of the numbers, or a citizen sees later numbers called first.
            for (boolean priority : List.of(false, true)) {
                assertThat(tickets.stream()
                                .filter(ticket -> (ticket.priorityReason() != null) == priority)
                                .sorted(Comparator.comparing(TicketView::issuedAt)
                                        .thenComparingLong(TicketView::id))
                                .map(ticket -> Integer.parseInt(ticket.number().substring(1)))
                                .toList())
                        .as(priority ? "priority tickets in call order" : "walk-in tickets in call order")
                        .isSorted();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSeriesWhoseNumbersAreAllGiven_refusesItsTickets_whileThePrioritySeriesGoesOn() throws Exception {
        testFloor.seriesAt(floor.shop(), 'A', TicketNumber.MAX_SEQUENCE - 1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<TicketView>> walkIns = new ArrayList<>();
            List<Future<TicketView>> priority = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                walkIns.add(pool.submit(() -> take("IRN-CC", null)));
                if (i % 3 == 0) {
                    priority.add(pool.submit(() -> take("IRN-CC", PriorityReason.DISABILITY)));
                }
            }
            List<String> issued = new ArrayList<>();
            List<String> refusals = new ArrayList<>();
            for (Future<TicketView> ticket : walkIns) {
                try {
                    issued.add(ticket.get().number());
                } catch (ExecutionException refused) {
                    assertThat(refused.getCause()).isInstanceOf(SeriesUsedUpException.class);
                    refusals.add(((SeriesUsedUpException) refused.getCause()).messageKey());
                }
            }
            assertThat(issued).containsExactly("A99999");
            assertThat(refusals).hasSize(5).containsOnly("ticket.seriesUsedUp");
            List<String> priorityNumbers = new ArrayList<>();
            for (Future<TicketView> ticket : priority) {
                priorityNumbers.add(ticket.get().number());
            }
            assertThat(priorityNumbers).containsExactlyInAnyOrder("P001", "P002");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fiftyConcurrentCallsFromTenDesks_neverCallATicketTwice() throws Exception {
        floor = testFloor.create(10);
        for (int i = 0; i < 70; i++) {
            take(i % 7 == 0 ? "IRN-CERT" : "IRN-CC", i % 5 == 0 ? PriorityReason.DISABILITY : null);
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Optional<TicketView>>> calls = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String desk = floor.desks().get(i % 10);
                Caller clerk = i % 10 < 5 ? firstClerk : secondClerk;
                calls.add(pool.submit(() -> clerk.call(() -> desks.callNext(desk))));
            }
            List<String> called = new ArrayList<>();
            for (Future<Optional<TicketView>> call : calls) {
                call.get().ifPresent(ticket -> called.add(ticket.number()));
            }
            assertThat(called).hasSize(60).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoDesksCallingUntilNobodyWaits_shareTheQueueWithoutOverlap() throws Exception {
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
            Optional<TicketView> next;
            while ((next = clerk.call(() -> desks.callNext(desk))).isPresent()) {
                numbers.add(next.get().number());
            }
            return numbers;
        };
    }

    @Test
    void priorityGoesFirst_interleavedSoTheNormalQueueIsNotStarved() throws Exception {
        for (int i = 0; i < 3; i++) {
            take("IRN-CC", null);
        }
        for (int i = 0; i < 5; i++) {
            take("IRN-CERT", PriorityReason.PREGNANCY);
        }

        List<String> order = new ArrayList<>();
        Optional<TicketView> next;
        while ((next = firstClerk.call(() -> desks.callNext(floor.firstDesk()))).isPresent()) {
            order.add(next.get().number());
        }

        // The demo policy: at most two priority tickets in a row while normal tickets wait.
        assertThat(order).containsExactly("P001", "P002", "A001", "P003", "P004", "A002", "P005", "A003");
        assertThat(firstClerk.call(() -> desks.state(floor.firstDesk())).current())
                .isNull();
    }

    @Test
    void aJourney_isServedAtTwoDesks_underOneNumber() throws Exception {
        TicketView journey = anonymous.call(() ->
                issuing.take(new TicketRequest(floor.shop(), List.of("IRN-CC", "AT-NIF"), null, Channel.KIOSK, null)));

        TicketView atRegistry = call(firstClerk, floor.firstDesk());
        TicketView afterRegistry = firstClerk.call(() -> visits.complete(atRegistry.id()));
        TicketView atTax = call(secondClerk, floor.secondDesk());
        TicketView done = secondClerk.call(() -> visits.complete(atTax.id()));

        assertThat(atRegistry.number()).isEqualTo(journey.number()).isEqualTo(atTax.number());
        assertThat(afterRegistry.status()).isEqualTo("WAITING");
        assertThat(afterRegistry.queue()).isEqualTo("AT");
        assertThat(afterRegistry.service()).isEqualTo("AT-NIF");
        assertThat(afterRegistry.issuedAt()).isEqualTo(journey.issuedAt());
        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(done.steps()).extracting(TicketView.Step::status).containsExactly("DONE", "DONE");
    }

    @Test
    void aTransferToADesk_isCalledThereFirst_keepingItsArrival() throws Exception {
        TicketView early = take("IRN-CC", null);
        take("IRN-CC", null);
        call(firstClerk, floor.firstDesk());

        firstClerk.call(() -> visits.transfer(early.id(), new Transfer(null, floor.secondDesk())));

        assertThat(secondClerk.call(() -> desks.state(floor.secondDesk())).waiting())
                .isEqualTo(2);
        assertThat(call(firstClerk, floor.firstDesk()).number()).isEqualTo("A002");
        assertThat(call(secondClerk, floor.secondDesk()).number()).isEqualTo("A001");
    }

    @Test
    void aTransferToAnotherService_movesTheTicketToThatQueue() throws Exception {
        TicketView ticket = take("IRN-CC", null);
        call(firstClerk, floor.firstDesk());

        TicketView moved = firstClerk.call(() -> visits.transfer(ticket.id(), new Transfer("AT-NIF", null)));

        assertThat(moved.status()).isEqualTo("WAITING");
        assertThat(moved.queue()).isEqualTo("AT");
        assertThat(moved.number()).isEqualTo("A001");
        assertThatThrownBy(() -> firstClerk.call(() -> visits.transfer(ticket.id(), new Transfer("AT-NIF", null))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aNoShow_needsTheShopsRecallsFirst() throws Exception {
        take("IRN-CC", null);
        TicketView called = call(firstClerk, floor.firstDesk());

        assertThatThrownBy(() -> firstClerk.call(() -> visits.markNoShow(called.id())))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).messageKey())
                .isEqualTo("ticket.recallFirst");
        TicketView recalled = firstClerk.call(() -> desks.recall(floor.firstDesk()));
        TicketView absent = firstClerk.call(() -> visits.markNoShow(called.id()));

        assertThat(recalled.recalls()).isEqualTo(1);
        assertThat(absent.status()).isEqualTo("NO_SHOW");
    }

    @Test
    void onlyTheClerkAtTheDesk_mayActOnItsTicket() throws Exception {
        take("IRN-CC", null);
        TicketView called = call(firstClerk, floor.firstDesk());

        assertThatThrownBy(() -> secondClerk.call(() -> visits.complete(called.id())))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).messageKey())
                .isEqualTo("desk.notSignedIn");
    }

    @Test
    void aPausedDesk_callsNobody_untilResumed() throws Exception {
        take("IRN-CC", null);
        firstClerk.call(() -> desks.signIn(floor.firstDesk()));
        firstClerk.call(() -> desks.pause(floor.firstDesk()));

        assertThatThrownBy(() -> firstClerk.call(() -> desks.callNext(floor.firstDesk())))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).messageKey())
                .isEqualTo("desk.paused");
        firstClerk.call(() -> desks.resume(floor.firstDesk()));
        assertThat(call(firstClerk, floor.firstDesk()).number()).isEqualTo("A001");
    }

    @Test
    void aClerkIsCalledOnlyTicketsOfHisSkills() throws Exception {
        testFloor.clerkWithSkills("it-clerk-skilled", floor.shop(), "AT-NIF");
        take("IRN-CC", null);
        TicketView tax = take("AT-NIF", null);

        TicketView called = call(skilledClerk, floor.firstDesk());

        assertThat(called.number()).isEqualTo(tax.number());
        assertThat(skilledClerk.call(() -> desks.callNext(floor.firstDesk()))).isEmpty();
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
            anonymous.call(
                    () -> issuing.take(TicketRequest.forService(floor.shop(), "IRN-CC", null, Channel.API, address)));
        }

        assertThatThrownBy(() -> anonymous.call(() ->
                        issuing.take(TicketRequest.forService(floor.shop(), "IRN-CC", null, Channel.API, address))))
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
        assertThatThrownBy(() -> anonymous.call(() ->
                        issuing.take(TicketRequest.forService("NO-SUCH-SHOP", "IRN-CC", null, Channel.KIOSK, null))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> take("SNS-REGISTER", null))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("service.notOffered");
    }
}
