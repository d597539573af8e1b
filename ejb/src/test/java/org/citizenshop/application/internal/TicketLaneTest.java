package org.citizenshop.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.concurrent.atomic.AtomicReference;
import org.citizenshop.application.TicketRequest;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.ticket.Channel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TicketLaneTest {

    /** Numbers like the issuer: one id per request, refuses the requests for "FULL", remembers who got what. */
    private static class Recording implements TicketLane.Numbering<Long> {
        final AtomicLong lastId = new AtomicLong();
        final Map<Long, TicketRequest> numbered = new ConcurrentHashMap<>();
        final List<Integer> together = Collections.synchronizedList(new ArrayList<>());
        final List<TicketRequest> alone = Collections.synchronizedList(new ArrayList<>());

        @Override
        public List<IssueOutcome<Long>> together(List<TicketRequest> requests) {
            together.add(requests.size());
            return requests.stream().map(this::outcome).toList();
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
    private static void awaitWaiting(TicketLane<?> lane, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (lane.waiting() < count) {
            assertThat(System.nanoTime()).as("%d requests waiting", count).isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    @Test
    void aRequestThatComesAlone_isNumberedAtOnce_alone() {
        Recording numbering = new Recording();
        TicketLane<Long> lane = new TicketLane<>(64, numbering);

        long first = lane.issue(request("IRN-CC"));
        long second = lane.issue(request("AT-NIF"));

        assertThat(numbering.together).containsExactly(1, 1);
        assertThat(numbering.numbered.get(first).services()).containsExactly("IRN-CC");
        assertThat(numbering.numbered.get(second).services()).containsExactly("AT-NIF");
        assertThat(lane.waiting()).isZero();
    }

    @Test
    void requestsArrivingWhileATransactionRuns_shareTheNext_eachGetsItsOwnTicket() throws Exception {
        Recording recording = new Recording();
        AtomicReference<TicketLane<Long>> lanes = new AtomicReference<>();
        TicketLane.Numbering<Long> slowFirst = new TicketLane.Numbering<>() {
            @Override
            public List<IssueOutcome<Long>> together(List<TicketRequest> requests) {
                if (recording.together.isEmpty()) {
                    try {
                        awaitWaiting(lanes.get(), 30);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(interrupted);
                    }
                }
                return recording.together(requests);
            }

            @Override
            public Long alone(TicketRequest request) {
                return recording.alone(request);
            }
        };
        TicketLane<Long> lane = new TicketLane<>(8, slowFirst);
        lanes.set(lane);

        Future<Long> first = clients.submit(() -> lane.issue(request("S-0")));
        awaitWaiting(lane, 0);
        List<Future<Long>> others = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            String service = "S-" + i;
            asked.add(service);
            others.add(clients.submit(() -> lane.issue(request(service))));
        }

        assertThat(recording.numbered.get(first.get(10, TimeUnit.SECONDS)).services())
                .containsExactly("S-0");
        for (int i = 0; i < others.size(); i++) {
            long id = others.get(i).get(10, TimeUnit.SECONDS);
            assertThat(recording.numbered.get(id).services()).containsExactly(asked.get(i));
        }
        // the first alone, then the thirty that waited, at most eight to a transaction
        assertThat(recording.together).containsExactly(1, 8, 8, 8, 6);
        assertThat(recording.numbered).hasSize(31);
        assertThat(recording.alone).isEmpty();
        assertThat(lane.waiting()).isZero();
    }

    @Test
    void manyClientsAtOnce_neverShareATicket_andNobodyIsLeftWaiting() throws Exception {
        Recording recording = new Recording();
        TicketLane<Long> lane = new TicketLane<>(16, recording);
        List<Future<Long>> issued = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String service = "S-" + i;
            issued.add(clients.submit(() -> {
                long id = lane.issue(request(service));
                assertThat(recording.numbered.get(id).services()).containsExactly(service);
                return id;
            }));
        }
        List<Long> ids = new ArrayList<>();
        for (Future<Long> each : issued) {
            ids.add(each.get(30, TimeUnit.SECONDS));
        }
        assertThat(ids).doesNotHaveDuplicates().hasSize(2000);
        assertThat(recording.together).allSatisfy(size -> assertThat(size).isBetween(1, 16));
        assertThat(recording.together.stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(2000);
    }

    @Test
    void aRefusedRequest_getsItsRefusal_theOthersOfItsTransactionTheirTickets() throws Exception {
        Recording recording = new Recording();
        AtomicReference<TicketLane<Long>> lanes = new AtomicReference<>();
        TicketLane.Numbering<Long> slowFirst = new TicketLane.Numbering<>() {
            @Override
            public List<IssueOutcome<Long>> together(List<TicketRequest> requests) {
                if (recording.together.isEmpty()) {
                    try {
                        awaitWaiting(lanes.get(), 3);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(interrupted);
                    }
                }
                return recording.together(requests);
            }

            @Override
            public Long alone(TicketRequest request) {
                return recording.alone(request);
            }
        };
        TicketLane<Long> lane = new TicketLane<>(64, slowFirst);
        lanes.set(lane);
        Future<Long> first = clients.submit(() -> lane.issue(request("S-0")));
        Future<Long> before = clients.submit(() -> lane.issue(request("S-1")));
        awaitWaiting(lane, 1);
        Future<Long> refused = clients.submit(() -> lane.issue(request("FULL")));
        awaitWaiting(lane, 2);
        Future<Long> after = clients.submit(() -> lane.issue(request("S-2")));

        assertThat(first.get(10, TimeUnit.SECONDS)).isPositive();
        assertThat(recording.numbered.get(before.get(10, TimeUnit.SECONDS)).services())
                .containsExactly("S-1");
        assertThat(recording.numbered.get(after.get(10, TimeUnit.SECONDS)).services())
                .containsExactly("S-2");
        assertThatThrownBy(() -> refused.get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(ConflictException.class)
                .hasRootCauseMessage("Full");
        assertThat(recording.together).containsExactly(1, 3);
    }

    @Test
    void aTransactionThatFails_isTriedAgainOneRequestAtATime() throws Exception {
        Recording recording = new Recording();
        AtomicReference<TicketLane<Long>> lanes = new AtomicReference<>();
        TicketLane.Numbering<Long> failingWithMany = new TicketLane.Numbering<>() {
            @Override
            public List<IssueOutcome<Long>> together(List<TicketRequest> requests) {
                if (recording.together.isEmpty()) {
                    try {
                        awaitWaiting(lanes.get(), 4);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(interrupted);
                    }
                    return recording.together(requests);
                }
                recording.together.add(requests.size());
                throw new IllegalStateException("could not serialize access");
            }

            @Override
            public Long alone(TicketRequest request) {
                return recording.alone(request);
            }
        };
        TicketLane<Long> lane = new TicketLane<>(64, failingWithMany);
        lanes.set(lane);
        Future<Long> first = clients.submit(() -> lane.issue(request("S-0")));
        awaitWaiting(lane, 0);
        List<Future<Long>> others = new ArrayList<>();
        for (String service : List.of("S-1", "FULL", "S-2", "S-3")) {
            others.add(clients.submit(() -> lane.issue(request(service))));
        }

        assertThat(first.get(10, TimeUnit.SECONDS)).isPositive();
        assertThat(recording
                        .numbered
                        .get(others.get(0).get(10, TimeUnit.SECONDS))
                        .services())
                .containsExactly("S-1");
        assertThatThrownBy(() -> others.get(1).get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(ConflictException.class);
        assertThat(recording
                        .numbered
                        .get(others.get(2).get(10, TimeUnit.SECONDS))
                        .services())
                .containsExactly("S-2");
        assertThat(recording
                        .numbered
                        .get(others.get(3).get(10, TimeUnit.SECONDS))
                        .services())
                .containsExactly("S-3");
        assertThat(recording.together).containsExactly(1, 4);
        assertThat(recording.alone).hasSize(4);
    }

    @Test
    void aLoneRequestWhoseTransactionFails_getsTheFailure_andTheLaneGoesOn() {
        Recording recording = new Recording();
        boolean[] failNext = {true};
        TicketLane<Long> lane = new TicketLane<>(64, new TicketLane.Numbering<>() {
            @Override
            public List<IssueOutcome<Long>> together(List<TicketRequest> requests) {
                if (failNext[0]) {
                    failNext[0] = false;
                    throw new IllegalStateException("database unavailable");
                }
                return recording.together(requests);
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
        assertThat(recording.numbered.get(lane.issue(request("S-1"))).services())
                .containsExactly("S-1");
    }

    @Test
    void anErrorInTheTransaction_answersEveryWaitingRequest_nobodyWaitsForever() throws Exception {
        Recording recording = new Recording();
        CountDownLatch firstStarted = new CountDownLatch(1);
        AtomicReference<TicketLane<Long>> lanes = new AtomicReference<>();
        TicketLane<Long> lane = new TicketLane<>(64, new TicketLane.Numbering<>() {
            @Override
            public List<IssueOutcome<Long>> together(List<TicketRequest> requests) {
                if (recording.together.isEmpty()) {
                    firstStarted.countDown();
                    try {
                        awaitWaiting(lanes.get(), 2);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(interrupted);
                    }
                    return recording.together(requests);
                }
                recording.together.add(requests.size());
                throw new AssertionError("out of memory, say");
            }

            @Override
            public Long alone(TicketRequest request) {
                return recording.alone(request);
            }
        });
        lanes.set(lane);
        Future<Long> first = clients.submit(() -> lane.issue(request("S-0")));
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
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
        assertThat(recording.together).containsExactly(1, 2);
        assertThat(lane.waiting()).isZero();
    }
}
