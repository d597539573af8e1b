package org.citizenshop.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.citizenshop.application.TicketRequest;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.ticket.Channel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TicketLaneTest {

    /** Numbers like the issuer: one id per request, refuses the requests for "FULL", remembers who got what. */
    private static class Recording implements TicketLane.Numbering<Long, Long> {
        final AtomicLong lastId = new AtomicLong();
        final List<List<Long>> shown = Collections.synchronizedList(new ArrayList<>());
        final Map<Long, TicketRequest> numbered = new ConcurrentHashMap<>();
        final List<Integer> together = Collections.synchronizedList(new ArrayList<>());
        final List<TicketRequest> alone = Collections.synchronizedList(new ArrayList<>());

        @Override
        public List<IssueOutcome<Long>> together(List<TicketRequest> requests) {
            together.add(requests.size());
            return requests.stream().map(this::outcome).toList();
        }

        @Override
        public List<Long> shown(List<Long> numbered) {
            shown.add(numbered);
            return numbered;
        }

        @Override
        public Long alone(TicketRequest request) {
            alone.add(request);
            return outcome(request).ticket();
        }

        IssueOutcome<Long> outcome(TicketRequest request) {
            if (request.services().contains("FULL")) {
                return IssueOutcome.refused(new ConflictException("ticket.quotaReached", "Full"));
            }
            long id = lastId.incrementAndGet();
            numbered.put(id, request);
            return IssueOutcome.issued(id);
        }

        List<String> servicesOf(long id) {
            return numbered.get(id).services();
        }
    }

    /**
     * Numbers like {@link Recording}, but its first transaction lasts until that many requests wait for the next
     * one (so that they all go into it); each later transaction does what the test says.
     */
    private static class FirstWaits extends Recording {
        final CountDownLatch firstStarted = new CountDownLatch(1);
        private final int waitingForNext;
        private final Function<List<TicketRequest>, List<IssueOutcome<Long>>> later;
        private TicketLane<Long, Long> lane;

        FirstWaits(int waitingForNext) {
            this(waitingForNext, null);
        }

        FirstWaits(int waitingForNext, Function<List<TicketRequest>, List<IssueOutcome<Long>>> later) {
            this.waitingForNext = waitingForNext;
            this.later = later;
        }

        TicketLane<Long, Long> lane(int mostTogether) {
            lane = new TicketLane<>(mostTogether, this);
            return lane;
        }

        @Override
        public List<IssueOutcome<Long>> together(List<TicketRequest> requests) {
            if (firstStarted.getCount() > 0) {
                firstStarted.countDown();
                awaitWaiting(lane, waitingForNext);
                return super.together(requests);
            }
            if (later == null) {
                return super.together(requests);
            }
            together.add(requests.size());
            return later.apply(requests);
        }
    }

    private final ExecutorService clients = Executors.newCachedThreadPool();

    @AfterEach
    void stopClients() throws InterruptedException {
        clients.shutdownNow();
        assertThat(clients.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    private static TicketRequest request(String service) {
        return TicketRequest.forService("LX-TEST", service, null, Channel.KIOSK, null);
    }

    /** Waits until the lane holds that many requests: they will all go into the next transaction. */
    private static void awaitWaiting(TicketLane<?, ?> lane, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> lane.waiting() >= count);
    }

    /** Starts a first request for "S-0" and waits until its transaction (of it alone) has begun. */
    private Future<Long> first(FirstWaits numbering, TicketLane<Long, Long> lane) throws InterruptedException {
        Future<Long> first = clients.submit(() -> lane.issue(request("S-0")));
        assertThat(numbering.firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
        return first;
    }

    @Test
    void aRequestThatComesAlone_isNumberedAtOnce_alone() {
        Recording numbering = new Recording();
        TicketLane<Long, Long> lane = new TicketLane<>(64, numbering);

        long first = lane.issue(request("IRN-CC"));
        long second = lane.issue(request("AT-NIF"));

        assertThat(numbering.together).containsExactly(1, 1);
        assertThat(numbering.servicesOf(first)).containsExactly("IRN-CC");
        assertThat(numbering.servicesOf(second)).containsExactly("AT-NIF");
        assertThat(lane.waiting()).isZero();
    }

    @Test
    void requestsArrivingWhileATransactionRuns_shareTheNext_eachGetsItsOwnTicket() throws Exception {
        FirstWaits numbering = new FirstWaits(30);
        TicketLane<Long, Long> lane = numbering.lane(8);

        Future<Long> first = first(numbering, lane);
        List<Future<Long>> others = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            String service = "S-" + i;
            asked.add(service);
            others.add(clients.submit(() -> lane.issue(request(service))));
        }

        assertThat(numbering.servicesOf(first.get(10, TimeUnit.SECONDS))).containsExactly("S-0");
        for (int i = 0; i < others.size(); i++) {
            assertThat(numbering.servicesOf(others.get(i).get(10, TimeUnit.SECONDS)))
                    .containsExactly(asked.get(i));
        }
        // the first alone, then the thirty that waited, at most eight to a transaction
        assertThat(numbering.together).containsExactly(1, 8, 8, 8, 6);
        assertThat(numbering.numbered).hasSize(31);
        assertThat(numbering.alone).isEmpty();
        assertThat(lane.waiting()).isZero();
    }

    @Test
    void manyClientsAtOnce_neverShareATicket_andNobodyIsLeftWaiting() throws Exception {
        Recording numbering = new Recording();
        TicketLane<Long, Long> lane = new TicketLane<>(16, numbering);
        List<Future<Long>> issued = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String service = "S-" + i;
            issued.add(clients.submit(() -> {
                long id = lane.issue(request(service));
                assertThat(numbering.servicesOf(id)).containsExactly(service);
                return id;
            }));
        }
        List<Long> ids = new ArrayList<>();
        for (Future<Long> each : issued) {
            ids.add(each.get(30, TimeUnit.SECONDS));
        }
        assertThat(ids).doesNotHaveDuplicates().hasSize(2000);
        assertThat(numbering.together).allSatisfy(size -> assertThat(size).isBetween(1, 16));
        assertThat(numbering.together.stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(2000);
    }

    @Test
    void aRefusedRequest_getsItsRefusal_theOthersOfItsTransactionTheirTickets() throws Exception {
        FirstWaits numbering = new FirstWaits(3);
        TicketLane<Long, Long> lane = numbering.lane(64);

        Future<Long> first = first(numbering, lane);
        Future<Long> before = clients.submit(() -> lane.issue(request("S-1")));
        Future<Long> refused = clients.submit(() -> lane.issue(request("FULL")));
        Future<Long> after = clients.submit(() -> lane.issue(request("S-2")));

        long firstId = first.get(10, TimeUnit.SECONDS);
        long beforeId = before.get(10, TimeUnit.SECONDS);
        long afterId = after.get(10, TimeUnit.SECONDS);
        assertThat(numbering.servicesOf(firstId)).containsExactly("S-0");
        assertThat(numbering.servicesOf(beforeId)).containsExactly("S-1");
        assertThat(numbering.servicesOf(afterId)).containsExactly("S-2");
        assertThatThrownBy(() -> refused.get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(ConflictException.class)
                .hasRootCauseMessage("Full");
        assertThat(numbering.together).containsExactly(1, 3);
        // only the tickets stored are shown, the refused request has none. The views of the two transactions are
        // read outside the turn, so in either order, and the two requests sent at once joined the lane in either
        assertThat(numbering.shown)
                .satisfiesExactlyInAnyOrder(
                        alone -> assertThat(alone).containsExactly(firstId),
                        together -> assertThat(together).containsExactlyInAnyOrder(beforeId, afterId));
    }

    @Test
    void aTransactionThatFails_isTriedAgainOneRequestAtATime() throws Exception {
        FirstWaits numbering = new FirstWaits(4, requests -> {
            throw new IllegalStateException("could not serialize access");
        });
        TicketLane<Long, Long> lane = numbering.lane(64);

        Future<Long> first = first(numbering, lane);
        List<Future<Long>> others = new ArrayList<>();
        for (String service : List.of("S-1", "FULL", "S-2", "S-3")) {
            others.add(clients.submit(() -> lane.issue(request(service))));
        }

        assertThat(first.get(10, TimeUnit.SECONDS)).isPositive();
        assertThat(numbering.servicesOf(others.get(0).get(10, TimeUnit.SECONDS)))
                .containsExactly("S-1");
        assertThatThrownBy(() -> others.get(1).get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(ConflictException.class);
        assertThat(numbering.servicesOf(others.get(2).get(10, TimeUnit.SECONDS)))
                .containsExactly("S-2");
        assertThat(numbering.servicesOf(others.get(3).get(10, TimeUnit.SECONDS)))
                .containsExactly("S-3");
        assertThat(numbering.together).containsExactly(1, 4);
        assertThat(numbering.alone).hasSize(4);
    }

    @Test
    void aLoneRequestWhoseTransactionFails_getsTheFailure_andTheLaneGoesOn() {
        Recording recording = new Recording();
        boolean[] failNext = {true};
        TicketLane<Long, Long> lane = new TicketLane<>(64, new TicketLane.Numbering<>() {
            @Override
            public List<IssueOutcome<Long>> together(List<TicketRequest> requests) {
                if (failNext[0]) {
                    failNext[0] = false;
                    throw new IllegalStateException("database unavailable");
                }
                return recording.together(requests);
            }

            @Override
            public List<Long> shown(List<Long> numbered) {
                return recording.shown(numbered);
            }

            @Override
            public Long alone(TicketRequest request) {
                return recording.alone(request);
            }
        });

        assertThatThrownBy(() -> lane.issue(request("S-0")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("database unavailable");
        assertThat(recording.alone).isEmpty();
        assertThat(recording.servicesOf(lane.issue(request("S-1")))).containsExactly("S-1");
    }

    @Test
    void anErrorInTheTransaction_answersEveryWaitingRequest_nobodyWaitsForever() throws Exception {
        FirstWaits numbering = new FirstWaits(2, requests -> {
            throw new AssertionError("out of memory, say");
        });
        TicketLane<Long, Long> lane = numbering.lane(64);

        Future<Long> first = first(numbering, lane);
        Future<Long> second = clients.submit(() -> lane.issue(request("S-1")));
        Future<Long> third = clients.submit(() -> lane.issue(request("S-2")));

        assertThat(first.get(10, TimeUnit.SECONDS)).isPositive();
        // the thread that ran the transaction gets the error itself; the other is told its ticket has no outcome
        List<Class<?>> failures = new ArrayList<>();
        for (Future<Long> waited : List.of(second, third)) {
            assertThatThrownBy(() -> waited.get(10, TimeUnit.SECONDS))
                    .satisfies(failed -> failures.add(failed.getCause().getClass()));
        }
        assertThat(failures).containsExactlyInAnyOrder(AssertionError.class, IllegalStateException.class);
        assertThat(numbering.together).containsExactly(1, 2);
        assertThat(lane.waiting()).isZero();
    }

    @Test
    void theHoldersOfATransaction_areShownTheirTickets_whileTheNextTransactionRuns() throws Exception {
        CountDownLatch secondStarted = new CountDownLatch(1);
        Recording numbering = new Recording() {
            @Override
            public List<IssueOutcome<Long>> together(List<TicketRequest> requests) {
                if (!together.isEmpty()) {
                    secondStarted.countDown();
                }
                return super.together(requests);
            }

            @Override
            public List<Long> shown(List<Long> numbered) {
                if (shown.isEmpty()) {
                    // the first holder's view is read only once the next transaction has begun: a lane that
                    // kept the turn until its views were read would never get there
                    try {
                        if (!secondStarted.await(10, TimeUnit.SECONDS)) {
                            throw new IllegalStateException("the next transaction waited for the views");
                        }
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(interrupted);
                    }
                }
                return super.shown(numbered);
            }
        };
        TicketLane<Long, Long> lane = new TicketLane<>(64, numbering);

        Future<Long> first = clients.submit(() -> lane.issue(request("S-0")));
        await().atMost(Duration.ofSeconds(10)).until(() -> numbering.together.size() == 1);
        Future<Long> second = clients.submit(() -> lane.issue(request("S-1")));

        assertThat(numbering.servicesOf(first.get(10, TimeUnit.SECONDS))).containsExactly("S-0");
        assertThat(numbering.servicesOf(second.get(10, TimeUnit.SECONDS))).containsExactly("S-1");
        assertThat(numbering.together).containsExactly(1, 1);
    }

    @Test
    void viewsThatCannotBeReadTogether_areReadOneByOne_andNoTicketIsNumberedTwice() throws Exception {
        FirstWaits numbering = new FirstWaits(3) {
            @Override
            public List<Long> shown(List<Long> numbered) {
                if (numbered.size() > 1) {
                    throw new IllegalStateException("connection reset");
                }
                if (servicesOf(numbered.get(0)).contains("S-2")) {
                    throw new IllegalStateException("connection reset again");
                }
                return super.shown(numbered);
            }
        };
        TicketLane<Long, Long> lane = numbering.lane(64);

        Future<Long> first = first(numbering, lane);
        List<Future<Long>> others = new ArrayList<>();
        for (String service : List.of("S-1", "S-2", "S-3")) {
            others.add(clients.submit(() -> lane.issue(request(service))));
        }

        assertThat(numbering.servicesOf(first.get(10, TimeUnit.SECONDS))).containsExactly("S-0");
        assertThat(numbering.servicesOf(others.get(0).get(10, TimeUnit.SECONDS)))
                .containsExactly("S-1");
        assertThatThrownBy(() -> others.get(1).get(10, TimeUnit.SECONDS)).hasRootCauseMessage("connection reset again");
        assertThat(numbering.servicesOf(others.get(2).get(10, TimeUnit.SECONDS)))
                .containsExactly("S-3");
        // four tickets, each numbered once, in two transactions; none numbered again on its own
        assertThat(numbering.together).containsExactly(1, 3);
        assertThat(numbering.numbered).hasSize(4);
        assertThat(numbering.alone).isEmpty();
        assertThat(lane.waiting()).isZero();
    }
}
