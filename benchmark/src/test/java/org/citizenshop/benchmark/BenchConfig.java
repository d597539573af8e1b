package org.citizenshop.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The parameters of a benchmark run, read from the environment that bin/benchmark sets (the defaults are
 * that script's). Every simulation runs its scenario in two phases: a warm-up whose requests carry their own
 * names (so the figures leave them out), then the measured phase, each a fixed duration of closed loops.
 */
final class BenchConfig {

    /** The application and the reference WAR, e.g. http://localhost:38080. */
    static final String BASE_URL = env("BENCH_BASE_URL", "http://localhost:38080");

    /** The realm's token endpoint. */
    static final String TOKEN_URL =
            env("BENCH_TOKEN_URL", "http://localhost:38180/realms/citizen-shop/protocol/openid-connect/token");

    static final String SHOP = env("BENCH_SHOP", "BENCH");
    static final String SERVICE = env("BENCH_SERVICE", "IRN-CC");

    /**
     * The services of the benchmark shop's other queues (letters B, C, ..., served by no desk), separated by spaces:
     * the ticket issue scenario takes tickets for every queue in turn, since one letter's series gives at most
     * 99 999 numbers a day.
     */
    static final List<String> OTHER_SERVICES = List.of(
            env("BENCH_OTHER_SERVICES", "IRN-CERT IRN-ADDRESS IRN-DEATH").trim().split("\\s+"));

    static final String DESK_PREFIX = env("BENCH_DESK_PREFIX", "BENCH-");

    static final Duration WARM_UP = Duration.ofSeconds(number("BENCH_WARMUP_SECONDS", 10));
    static final Duration DURATION = Duration.ofSeconds(number("BENCH_DURATION_SECONDS", 60));

    /** Concurrent clients of the reference and ticket issue scenarios. */
    static final int CLIENTS = (int) number("BENCH_CLIENTS", 64);

    /**
     * Tickets a second arriving in the open-workload scenario: each arrival is a new kiosk request, whether the
     * earlier ones were answered or not (a whole network's kiosks at a busy hour, not clients pressing back to back).
     */
    static final int OPEN_RATE = (int) number("BENCH_OPEN_RATE", 100);

    /** Concurrent clerks of the call-next scenario, each at its own desk. */
    static final int CLERKS = (int) number("BENCH_CLERKS", 200);

    /** Tickets waiting when the call-next scenario starts, so that its clerks always find someone waiting. */
    static final int QUEUE_TICKETS = (int) number("BENCH_QUEUE_TICKETS", 20_000);

    /**
     * Tickets the call-next scenario issues first (not timed) to have {@link #QUEUE_TICKETS} waiting: bin/benchmark
     * subtracts those the ticket issue scenario left waiting.
     */
    static final int QUEUE_FILL = (int) number("BENCH_QUEUE_FILL", QUEUE_TICKETS, true);

    /** Where each simulation writes what Gatling's report does not hold (phase times, the double-call check). */
    static final Path RESULTS_DIR = Path.of(env("BENCH_RESULTS_DIR", "target/benchmark-results"));

    /** The body of a ticket request, also sent to the reference endpoint. */
    static final String TICKET_BODY = "{\"service\":\"" + SERVICE + "\"}";

    /** The bodies of ticket requests for each queue of the benchmark shop, the first queue's first. */
    static final List<String> TICKET_BODIES = Stream.concat(Stream.of(SERVICE), OTHER_SERVICES.stream())
            .map(service -> "{\"service\":\"" + service + "\"}")
            .toList();

    private BenchConfig() {}

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static long number(String name, long fallback) {
        return number(name, fallback, false);
    }

    private static long number(String name, long fallback, boolean zeroAllowed) {
        String value = env(name, String.valueOf(fallback));
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed < 0 || (parsed == 0 && !zeroAllowed)) {
                throw new NumberFormatException("not positive");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number above zero: " + value, e);
        }
    }
}
