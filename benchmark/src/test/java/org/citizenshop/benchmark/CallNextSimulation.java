package org.citizenshop.benchmark;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scenario 3: first {@code QUEUE_FILL} tickets are issued (named "fill queue: ...", not part of the figures) so
 * that {@code QUEUE_TICKETS} wait, then {@code CLERKS} concurrent clerks, each at a desk of its own
 * ({@code BENCH-001}...), call the next ticket in a closed loop (each call also completes the ticket the desk
 * had). Every ticket id returned, warm-up included, is counted: a ticket called twice is a double call. Two
 * clerk users share the desks (a clerk may be signed in at many desks).
 */
public class CallNextSimulation extends BenchSimulation {

    static final String SCENARIO = "call-next";
    static final String REQUEST = "call next";
    static final String FILL_REQUEST = "fill queue: issue ticket";
    static final String[] CLERK_USERS = {"clerk1", "clerk2"};
    private static final String CALLED_ID = "calledId";

    private final Tokens tokens = new Tokens(true, CLERK_USERS);
    private final AtomicInteger filled = new AtomicInteger();
    private final Map<Long, Integer> calledIds = new ConcurrentHashMap<>();
    private final AtomicLong measuredCalled = new AtomicLong();
    private final AtomicLong measuredNobodyWaiting = new AtomicLong();
    private final AtomicLong warmUpNobodyWaiting = new AtomicLong();

    {
        ScenarioBuilder fill = scenario("fill queue")
                .exec(asLongAs(session -> filled.getAndIncrement() < BenchConfig.QUEUE_FILL)
                        .on(exec(kioskTicketPost(FILL_REQUEST, OpenTicketSimulation.PATH, tokens))
                                .exec(session -> session.markAsSucceeded())));
        setUp(fill.injectOpen(atOnceUsers(BenchConfig.CLIENTS))
                        .andThen(closedLoop(
                                        SCENARIO,
                                        REQUEST,
                                        BenchConfig.WARM_UP,
                                        false,
                                        feed(desks()),
                                        this::callNext,
                                        this::countCall)
                                .injectOpen(atOnceUsers(BenchConfig.CLERKS))
                                .andThen(closedLoop(
                                                SCENARIO,
                                                REQUEST,
                                                BenchConfig.DURATION,
                                                true,
                                                feed(desks()),
                                                this::callNext,
                                                this::countCall)
                                        .injectOpen(atOnceUsers(BenchConfig.CLERKS)))))
                .protocols(protocol());
    }

    /** BENCH-001 ... with its clerk, one record per virtual user. */
    private static FeederBuilder<Object> desks() {
        List<Map<String, Object>> desks = new ArrayList<>();
        for (int i = 1; i <= BenchConfig.CLERKS; i++) {
            desks.add(Map.of(
                    "desk",
                    String.format("%s%03d", BenchConfig.DESK_PREFIX, i),
                    "clerk",
                    CLERK_USERS[i % CLERK_USERS.length]));
        }
        return listFeeder(desks).queue();
    }

    /** POST /api/v1/desks/{desk}/call-next: 200 with the ticket called, or 204 when nobody waits. */
    private HttpRequestActionBuilder callNext(String name) {
        return http(name)
                .post("/api/v1/desks/#{desk}/call-next")
                .header("Authorization", session -> tokens.bearer(session.getString("clerk")))
                .check(responseTime(), status().in(200, 204))
                .checkIf((response, session) -> response.status().code() == 200)
                .then(jsonPath("$.id").ofLong().saveAs(CALLED_ID));
    }

    /** Counts the ticket called (warm-up included: a ticket called twice is a double call whenever it happens). */
    private Session countCall(Session session, boolean measure) {
        if (session.contains(CALLED_ID)) {
            calledIds.merge(session.getLong(CALLED_ID), 1, Integer::sum);
            if (measure) {
                measuredCalled.incrementAndGet();
            }
            return session.remove(CALLED_ID);
        }
        if (!session.isFailed()) {
            (measure ? measuredNobodyWaiting : warmUpNobodyWaiting).incrementAndGet();
        }
        return session;
    }

    @Override
    public void after() {
        tokens.close();
        Map<Long, Integer> twice = new TreeMap<>();
        long calls = 0;
        for (Map.Entry<Long, Integer> entry : calledIds.entrySet()) {
            calls += entry.getValue();
            if (entry.getValue() > 1) {
                twice.put(entry.getKey(), entry.getValue());
            }
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("queueTickets", BenchConfig.QUEUE_TICKETS);
        extra.put("queueFilled", Math.min(filled.get(), BenchConfig.QUEUE_FILL));
        extra.put("clerks", BenchConfig.CLERKS);
        extra.put("ticketsCalled", calls);
        extra.put("distinctTicketsCalled", calledIds.size());
        extra.put("ticketsCalledMoreThanOnce", twice.size());
        extra.put("doubleCalls", calls - calledIds.size());
        extra.put("doubleCalledIds", twice.keySet().stream().limit(20).toList());
        extra.put("measuredTicketsCalled", measuredCalled.get());
        extra.put("measuredNobodyWaiting", measuredNobodyWaiting.get());
        extra.put("warmUpNobodyWaiting", warmUpNobodyWaiting.get());
        writeResults(SCENARIO, REQUEST, BenchConfig.CLERKS, extra);
        try {
            Files.write(
                    BenchConfig.RESULTS_DIR.resolve("called-ticket-ids.txt"),
                    new TreeMap<>(calledIds)
                            .entrySet().stream()
                                    .map(entry -> entry.getKey() + " " + entry.getValue())
                                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
