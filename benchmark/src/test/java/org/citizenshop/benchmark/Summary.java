package org.citizenshop.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The summary bin/benchmark prints at the end of a run, written to {@code summary.md} in the results
 * directory: the machine, the parameters, one row per scenario (throughput, latency percentiles, errors, ratio
 * to the reference), the CPU each part of the system used while it was measured, and the targets of the
 * benchmark, met or missed. Exits with 3 when a ticket was called twice (by the client's count or in the
 * database), 0 otherwise: the performance targets are reported, not enforced.
 *
 * <p>Usage: {@code Summary RESULTS_DIR}.
 */
public final class Summary {

    static final double TICKET_THROUGHPUT_SHARE = 0.5;
    static final long TICKET_P99_MILLIS = 25;
    static final int TARGET_CLIENTS = 64;
    static final int TARGET_CLERKS = 200;

    /** Cores taken by other processes (kernel, idle servers of other runs) that a quiet machine stays under. */
    static final double OTHER_CORES_DISTURBING = 0.4;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Properties environment;
    private final StringBuilder out = new StringBuilder();

    private Summary(Path dir) throws IOException {
        this.dir = dir;
        this.environment = properties(dir.resolve("environment.properties"));
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Summary RESULTS_DIR");
            System.exit(2);
        }
        Summary summary = new Summary(Path.of(args[0]));
        boolean doubleCall = summary.write();
        Files.writeString(Path.of(args[0]).resolve("summary.md"), summary.out, StandardCharsets.UTF_8);
        System.out.print(summary.out);
        System.exit(doubleCall ? 3 : 0);
    }

    /** Writes the summary; answers whether a double call was seen. */
    private boolean write() throws IOException {
        JsonNode reference = scenario("reference");
        JsonNode secured = scenario("floor-secured");
        JsonNode floor = scenario("floor-ticket");
        JsonNode sequence = scenario("floor-sequence");
        JsonNode batched = scenario("floor-batched");
        JsonNode tickets = scenario("ticket-issue");
        JsonNode open = scenario("ticket-open");
        JsonNode calls = scenario("call-next");
        Properties db = properties(dir.resolve("db-check.properties"));

        line("## Benchmark run %s", env("date"));
        line("");
        line(
                "Machine: %s cores (%s), %s memory, kernel %s; %s; %s, %s, PostgreSQL %s; Gatling %s.",
                env("cpus"),
                env("cpuModel"),
                env("memory"),
                env("kernel"),
                env("java"),
                env("wildfly"),
                env("keycloak"),
                env("postgresql"),
                env("gatling"));
        String commit = env("commit").startsWith("none")
                ? "not a git checkout"
                : "commit " + env("commit") + " (" + env("uncommittedFiles") + " uncommitted files in the tree)";
        line("Application: %s; connection pool %s.", commit, env("dbMaxPool"));
        line(
                "Command: `%s`; each scenario %s s warm-up, then %s s measured; %s tickets waiting when"
                        + " call-next starts.",
                env("command"), env("warmUpSeconds"), env("durationSeconds"), env("queueTickets"));
        line("");
        line("| scenario | concurrency | requests | errors | throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms)"
                + " | p99.9 (ms) | max (ms) | vs reference |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        row("reference: POST /reference/echo", reference, reference);
        row("floor, secured: POST /floor/echo", secured, reference);
        row("floor, barest ticket: POST /floor/tickets", floor, reference);
        row("floor, numbered from a sequence: POST /floor/tickets-from-sequence", sequence, reference);
        row("floor, in batches: POST /floor/tickets-batched", batched, reference);
        row(
                "ticket issue, open workload (arrivals/s in the concurrency column): POST /api/v1/shops/BENCH/tickets",
                open,
                null);
        row(
                "ticket issue: POST /api/v1/shops/BENCH/tickets (queues A to "
                        + (char) ('A' + BenchConfig.TICKET_BODIES.size() - 1) + " in turn)",
                tickets,
                reference);
        row("call-next: POST /api/v1/desks/{desk}/call-next", calls, reference);
        line("");
        cpu(reference, secured, floor, sequence, batched, open, tickets, calls);
        floor(secured, floor, sequence, batched, reference, properties(dir.resolve("db-floor-check.properties")));

        line("Targets:");
        line("");
        if (tickets != null) {
            int clients = tickets.path("users").asInt();
            String at = clients == TARGET_CLIENTS ? "" : " (measured at " + clients + " clients, not 64)";
            if (reference != null) {
                double share = share(tickets, reference);
                line(
                        "- ticket issue throughput ≥ 50 %% of the reference's: %s (%.1f %% = %.1f of %.1f req/s)%s",
                        verdict(share >= TICKET_THROUGHPUT_SHARE),
                        share * 100,
                        throughput(tickets),
                        throughput(reference),
                        at);
            } else {
                line("- ticket issue throughput ≥ 50 %% of the reference's: not measured (no reference scenario)");
            }
            long p99 = tickets.path("p99Millis").asLong();
            line(
                    "- ticket issue p99 < %d ms at 64 clients: %s (p99 %d ms)%s",
                    TICKET_P99_MILLIS,
                    verdict(p99 < TICKET_P99_MILLIS && tickets.path("ok").asLong() > 0),
                    p99,
                    at);
            if (tickets.path("errors").asLong() > 0) {
                line("- ticket issue errors: %d", tickets.path("errors").asLong());
            }
        }
        if (open != null) {
            long p99 = open.path("p99Millis").asLong();
            line(
                    "- (not a target of the issue, for comparison) ticket issue p99 < %d ms with %d tickets a second"
                            + " arriving (an open workload): %s (p99 %d ms, %.1f answered a second, %d errors)",
                    TICKET_P99_MILLIS,
                    open.path("arrivalsPerSecond").asInt(),
                    p99 < TICKET_P99_MILLIS && open.path("errors").asLong() == 0 ? "yes" : "no",
                    p99,
                    throughput(open),
                    open.path("errors").asLong());
        }
        boolean doubleCall = false;
        if (calls != null) {
            int clerks = calls.path("clerks").asInt();
            long clientDoubles = calls.path("doubleCalls").asLong();
            long dbTwice = Long.parseLong(db.getProperty("ticketsCalledMoreThanOnce", "-1"));
            doubleCall = clientDoubles > 0 || dbTwice > 0;
            line(
                    "- call-next with 200 concurrent clerks: %s (%d clerks at %d desks)",
                    verdict(clerks >= TARGET_CLERKS), clerks, clerks);
            line(
                    "- call-next, 0 double calls: %s — client check: %d tickets called, %d distinct, %d called more"
                            + " than once; database check (ticket_call, recall = false, BENCH): %s tickets called"
                            + " more than once in %s calls",
                    calls.path("ticketsCalled").asLong() == 0
                            ? "**not shown** (no ticket was called)"
                            : verdict(!doubleCall && dbTwice == 0),
                    calls.path("ticketsCalled").asLong(),
                    calls.path("distinctTicketsCalled").asLong(),
                    calls.path("ticketsCalledMoreThanOnce").asLong(),
                    dbTwice < 0 ? "not checked" : String.valueOf(dbTwice),
                    db.getProperty("calls", "?"));
            Properties queue = properties(dir.resolve("queue.properties"));
            long before = Long.parseLong(queue.getProperty("waitingBeforeFill", "0"));
            long filled = calls.path("queueFilled").asLong();
            line(
                    "- call-next started with %d tickets waiting (%d left by the earlier scenarios, %d issued"
                            + " before it, not timed); %s still waited at the end",
                    before + filled, before, filled, db.getProperty("ticketsWaiting", "?"));
            long dry = calls.path("measuredNobodyWaiting").asLong();
            if (dry > 0) {
                line(
                        "- note: %d measured calls found nobody waiting (204): the queue ran dry, raise"
                                + " BENCH_QUEUE_TICKETS",
                        dry);
            }
            if (calls.path("errors").asLong() > 0) {
                line("- call-next errors: %d", calls.path("errors").asLong());
            }
        }
        line("");
        return doubleCall;
    }

    /**
     * What the floor shows: what the token check and a ticket's one transaction cost on this server, whatever the
     * ticket's code does (one transaction per ticket, its number under the series' row lock as the shop's lock
     * does for quotas and the day's series, or from a sequence without a lock), against the ticket endpoint's
     * targets — and that the floor numbered correctly.
     */
    private void floor(
            JsonNode secured, JsonNode floor, JsonNode sequence, JsonNode batched, JsonNode reference, Properties db) {
        if (floor == null && sequence == null && batched == null && secured == null) {
            return;
        }
        line("The floor (floor.war, behind the kiosk's token like the ticket endpoint; docs/performance.md):");
        line("");
        if (reference != null) {
            floorLine("the token checked, nothing else done", secured, reference);
            floorLine(
                    "the barest ticket: a number under the series' row lock, one insert, one commit", floor, reference);
            floorLine("the same numbered from a sequence, without a lock", sequence, reference);
            floorLine(
                    "under the lock, the tickets of concurrent requests stored in one transaction", batched, reference);
            int clients = reference.path("users").asInt();
            double needed = clients * 1000.0 / TICKET_P99_MILLIS;
            line(
                    "- a p99 under %d ms with %d clients in a closed loop needs a mean latency under %d ms, so at least"
                            + " %.0f req/s (Little's law: mean latency = clients / throughput); fastest floor that"
                            + " commits a ticket: %s",
                    TICKET_P99_MILLIS, clients, TICKET_P99_MILLIS, needed, fastest(needed, floor, sequence, batched));
        }
        if (floor != null || sequence != null || batched != null) {
            long twice = Long.parseLong(db.getProperty("floorNumbersGivenTwice", "-1"));
            line(
                    "- numbers: %s floor tickets stored, %s distinct numbers, %s given more than once%s",
                    db.getProperty("floorTickets", "?"),
                    db.getProperty("floorDistinctNumbers", "?"),
                    twice < 0 ? "not checked" : String.valueOf(twice),
                    twice > 0 ? " — **the floor numbered wrongly, its figures are void**" : "");
        }
        line("");
    }

    /** The faster of the floors that store a ticket, and whether it reaches {@code needed} requests a second. */
    private static String fastest(double needed, JsonNode... floors) {
        JsonNode best = null;
        for (JsonNode floor : floors) {
            if (floor != null && (best == null || throughput(floor) > throughput(best))) {
                best = floor;
            }
        }
        if (best == null) {
            return "not measured";
        }
        return String.format(
                Locale.ROOT,
                "%s, %.1f req/s (%s)",
                best.path("scenario").asText(),
                throughput(best),
                throughput(best) >= needed ? "enough" : "not enough, whatever the ticket's code");
    }

    private void floorLine(String what, JsonNode floor, JsonNode reference) {
        if (floor == null) {
            return;
        }
        line(
                "- %s: %.1f %% of the reference's throughput (%.1f of %.1f req/s), p99 %d ms at %d clients",
                what,
                share(floor, reference) * 100,
                throughput(floor),
                throughput(reference),
                floor.path("p99Millis").asLong(),
                floor.path("users").asInt());
    }

    private void row(String label, JsonNode scenario, JsonNode reference) {
        if (scenario == null) {
            return;
        }
        String ratio = reference == null || scenario == reference
                ? (scenario == reference ? "100 %" : "–")
                : String.format(Locale.ROOT, "%.1f %%", share(scenario, reference) * 100);
        line(
                "| %s | %d | %d | %d | %.1f | %d | %d | %d | %d | %d | %s |",
                label,
                scenario.path("users").asInt(),
                scenario.path("requests").asLong(),
                scenario.path("errors").asLong(),
                throughput(scenario),
                scenario.path("p50Millis").asLong(),
                scenario.path("p95Millis").asLong(),
                scenario.path("p99Millis").asLong(),
                scenario.path("p999Millis").asLong(),
                scenario.path("maxMillis").asLong(),
                ratio);
    }

    /** CPU (in cores) each part used during each measured phase, from the samples bin/benchmark took. */
    private void cpu(JsonNode... scenarios) throws IOException {
        Path file = dir.resolve("cpu-samples.tsv");
        if (!Files.exists(file)) {
            return;
        }
        List<long[]> samples = new ArrayList<>();
        for (String text : Files.readAllLines(file)) {
            if (text.isBlank() || text.startsWith("epoch")) {
                continue;
            }
            String[] fields = text.split("\t");
            if (fields.length != 7) {
                continue; // a line cut short when the sampler was stopped
            }
            long[] sample = new long[fields.length];
            for (int i = 0; i < fields.length; i++) {
                sample[i] = Long.parseLong(fields[i].strip());
            }
            samples.add(sample);
        }
        double tick = Double.parseDouble(env("clkTck").equals("?") ? "100" : env("clkTck"));
        line(
                "CPU used during each measured phase, in cores of %s (sampled every second from /proc; the load"
                        + " generator runs on the same cores):",
                env("cpus"));
        line("");
        line("| scenario | machine busy | WildFly | PostgreSQL | Keycloak | load generator | other processes |");
        line("|---|---:|---:|---:|---:|---:|---:|");
        List<String> disturbances = new ArrayList<>();
        for (JsonNode scenario : scenarios) {
            if (scenario == null) {
                continue;
            }
            long start = Instant.parse(scenario.path("measuredStart").asText()).toEpochMilli();
            long end = Instant.parse(scenario.path("measuredEnd").asText()).toEpochMilli();
            long[] first = null;
            long[] last = null;
            for (long[] sample : samples) {
                if (sample[0] >= start && sample[0] <= end) {
                    if (first == null) {
                        first = sample;
                    }
                    last = sample;
                }
            }
            if (first == null || last == first) {
                line("| %s | n/a | | | | | |", scenario.path("scenario").asText());
                continue;
            }
            double seconds = (last[0] - first[0]) / 1000.0;
            double cpus = Double.parseDouble(env("cpus"));
            double busy = (double) (last[1] - first[1]) / (last[2] - first[2]) * cpus;
            double[] parts = new double[4];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = Math.max(0, (last[3 + i] - first[3 + i]) / tick / seconds);
            }
            double other = Math.max(0, busy - parts[0] - parts[1] - parts[2] - parts[3]);
            // Seconds in which something outside the benchmark took more than a few tenths of a core.
            int intervals = 0;
            int disturbed = 0;
            long[] previous = null;
            for (long[] sample : samples) {
                if (sample[0] >= start && sample[0] <= end) {
                    if (previous != null && sample[2] > previous[2] && sample[0] > previous[0]) {
                        double interval = (sample[0] - previous[0]) / 1000.0;
                        double used = (double) (sample[1] - previous[1]) / (sample[2] - previous[2]) * cpus;
                        for (int i = 3; i < 7; i++) {
                            used -= (sample[i] - previous[i]) / tick / interval;
                        }
                        intervals++;
                        if (used > OTHER_CORES_DISTURBING) {
                            disturbed++;
                        }
                    }
                    previous = sample;
                }
            }
            if (disturbed > 0) {
                disturbances.add(String.format(
                        Locale.ROOT,
                        "%s: %d of %d seconds",
                        scenario.path("scenario").asText(),
                        disturbed,
                        intervals));
            }
            line(
                    "| %s | %.2f (%.0f %%) | %.2f | %.2f | %.2f | %.2f | %.2f |",
                    scenario.path("scenario").asText(),
                    busy,
                    busy / cpus * 100,
                    parts[0],
                    parts[1],
                    parts[2],
                    parts[3],
                    other);
        }
        line("");
        line("The load generator is Gatling's JVM and Maven; other processes are whatever else ran on the"
                + " machine (kernel included).");
        if (!disturbances.isEmpty()) {
            line(
                    "**Warning**: other processes took more than %.1f cores during part of a measured phase (%s):"
                            + " those figures are disturbed by work outside the benchmark.",
                    OTHER_CORES_DISTURBING, String.join("; ", disturbances));
        }
        line("");
    }

    private static double share(JsonNode scenario, JsonNode reference) {
        double base = throughput(reference);
        return base == 0 ? 0 : throughput(scenario) / base;
    }

    private static double throughput(JsonNode scenario) {
        return scenario.path("throughputPerSecond").asDouble();
    }

    private static String verdict(boolean met) {
        return met ? "**met**" : "**MISSED**";
    }

    private JsonNode scenario(String name) throws IOException {
        Path file = dir.resolve(name + ".json");
        return Files.exists(file) ? JSON.readTree(file.toFile()) : null;
    }

    private String env(String key) {
        return environment.getProperty(key, "?");
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
