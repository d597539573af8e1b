package org.citizenshop.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What the simulations share: the HTTP protocol (one connection per virtual user, like separate
 * clients), the warm-up and measured phases of a closed-loop scenario, the measured requests' figures, and
 * the file each writes for the summary ({@code <scenario>.json} in {@link BenchConfig#RESULTS_DIR}).
 */
abstract class BenchSimulation extends Simulation {

    static final String WARM_UP_PREFIX = "warm-up: ";

    /** The session attribute that holds the response time of the request just made. */
    static final String RESPONSE_TIME = "responseTimeMillis";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    final Phase measured = new Phase();
    final Latencies latencies = new Latencies();

    /** Plain HTTP to the server on this machine; no warm-up request to any outside address. */
    static HttpProtocolBuilder protocol() {
        return http.baseUrl(BenchConfig.BASE_URL)
                .acceptHeader("application/json")
                .acceptLanguageHeader("en")
                .userAgentHeader("citizen-shop-benchmark")
                .disableWarmUp()
                .disableCaching();
    }

    /**
     * A scenario whose users each repeat {@code request} in a closed loop for the duration (the iteration under
     * way when the time is up still completes). The request is made by {@code request.apply(name)}, with
     * {@link #responseTime()} as its first check: the warm-up's requests are named with {@link #WARM_UP_PREFIX},
     * so the report keeps them apart, and only the measured phase's go into {@link #latencies}. {@code after}
     * sees each request's session before the next one.
     */
    ScenarioBuilder closedLoop(
            String scenarioName,
            String requestName,
            Duration duration,
            boolean measure,
            ChainBuilder before,
            Function<String, HttpRequestActionBuilder> request,
            BiFunction<Session, Boolean, Session> after) {
        String name = measure ? requestName : WARM_UP_PREFIX + requestName;
        return scenario(measure ? scenarioName : WARM_UP_PREFIX + scenarioName)
                .exec(before)
                .exec(session -> {
                    if (measure) {
                        measured.userStarted();
                    }
                    return session;
                })
                .during(duration, false)
                .on(exec(request.apply(name)).exec(session -> {
                    Session next = after.apply(session, measure);
                    if (measure) {
                        record(session);
                    }
                    return next.remove(RESPONSE_TIME).markAsSucceeded();
                }))
                .exec(session -> {
                    if (measure) {
                        measured.userFinished();
                    }
                    return session;
                });
    }

    /**
     * Sets up the simplest scenario: {@link BenchConfig#CLIENTS} users repeat one request in a closed loop, first
     * for the warm-up, then, all at once again, for the measured duration.
     */
    void setUpClosedLoop(String scenarioName, String requestName, Function<String, HttpRequestActionBuilder> request) {
        setUp(closedLoop(
                                scenarioName,
                                requestName,
                                BenchConfig.WARM_UP,
                                false,
                                nothing(),
                                request,
                                BenchSimulation::unchanged)
                        .injectOpen(atOnceUsers(BenchConfig.CLIENTS))
                        .andThen(closedLoop(
                                        scenarioName,
                                        requestName,
                                        BenchConfig.DURATION,
                                        true,
                                        nothing(),
                                        request,
                                        BenchSimulation::unchanged)
                                .injectOpen(atOnceUsers(BenchConfig.CLIENTS))))
                .protocols(protocol());
    }

    /** Counts a measured request: its response time (or that it got none) and whether its checks failed it. */
    void record(Session session) {
        if (session.contains(RESPONSE_TIME)) {
            latencies.record(session.getLong(RESPONSE_TIME), session.isFailed());
        } else {
            latencies.recordNoResponse();
        }
    }

    /** {@code POST path} with the ticket's body and the kiosk's bearer token; 201 expected. */
    static HttpRequestActionBuilder kioskTicketPost(String name, String path, Tokens tokens) {
        return kioskTicketPost(name, path, tokens, session -> BenchConfig.TICKET_BODY);
    }

    /** The same, with a body chosen per request. */
    static HttpRequestActionBuilder kioskTicketPost(
            String name, String path, Tokens tokens, Function<Session, String> body) {
        return http(name)
                .post(path)
                .header("Authorization", session -> tokens.bearer(Tokens.KIOSK))
                .body(StringBody(body))
                .asJson()
                .check(responseTime(), status().is(201));
    }

    /** The first check of every looped request: its response time, for {@link #latencies}. */
    static CheckBuilder.Final responseTime() {
        return responseTimeInMillis().saveAs(RESPONSE_TIME);
    }

    static Session unchanged(Session session, boolean measure) {
        return session;
    }

    static ChainBuilder nothing() {
        return exec(session -> session);
    }

    /** Writes {@code <scenario>.json}: the parameters, the measured phase's span, and whatever {@code extra} adds. */
    void writeResults(String scenario, String requestName, int users, Map<String, Object> extra) {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("scenario", scenario);
        results.put("request", requestName);
        results.put("users", users);
        results.put("warmUpSeconds", BenchConfig.WARM_UP.toSeconds());
        results.put("durationSeconds", BenchConfig.DURATION.toSeconds());
        results.put("measuredSeconds", measured.seconds());
        results.put(
                "measuredStart",
                Instant.ofEpochMilli(measured.startEpochMillis()).toString());
        results.put(
                "measuredEnd", Instant.ofEpochMilli(measured.endEpochMillis()).toString());
        results.putAll(latencies.figures(measured.seconds()));
        results.putAll(extra);
        try {
            Files.createDirectories(BenchConfig.RESULTS_DIR);
            Path file = BenchConfig.RESULTS_DIR.resolve(scenario + ".json");
            JSON.writeValue(file.toFile(), results);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
