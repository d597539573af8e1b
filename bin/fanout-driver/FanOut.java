/*
 * The driver of bin/fanout (issue 5): the fan-out benchmark. In one run against one simulator and one server it
 * measures
 *
 *   1. the bare rate: concurrent JDK HttpClient requests straight to the simulator's civil registry
 *      (POST /irn/v1/service-requests, a fresh Idempotency-Key each, an IRN-CERT body), for each concurrency of
 *      FANOUT_BARE_CLIENTS: a warm-up, then a measured phase; requests per second and latency percentiles;
 *   2. the durable fan-out: cases submitted through the shop's API (POST /api/v1/cases with a clerk's token) whose
 *      tasks all go to the simulator, kept coming so that FANOUT_BACKLOG tasks are always waiting to be delivered
 *      (the pipeline is never empty), for a warm-up and a measured phase; then submissions stop and the backlog
 *      drains. A task counts when PostgreSQL holds it COMPLETED (case_task.status, finished_at): tasks completed
 *      per second end to end, hand-off to completion latency from the database, the drain rate (delivery alone).
 *      Shape "moving" (FANOUT_SHAPE): MOVING is a life event, so since issue 6 each case first gets the applicant's
 *      consent (docs/privacy.md): POST /api/v1/consents at desk LXL-08, then the answer on the customer display
 *      paired with it (POST /api/v1/customer-displays/current/answers), two more requests per case, made by the
 *      same submitter before its case POST: part of the client's work per case (in the cases per second and the
 *      submitters' time, not in the case POST's latency; timed apart in their own row). Once before the first case
 *      the clerk signs in at LXL-08 (call-next until 204) and pairs a display. The default shape "cert" (a single
 *      service) needs no consent: its requests are unchanged.
 *
 * It also samples, every second, the CPU of the machine, WildFly, PostgreSQL, Keycloak, the simulator and itself
 * (/proc), and writes results.md, result.properties, timeline.tsv and cpu-samples.tsv to FANOUT_RESULTS.
 * It starts and stops nothing: bin/fanout starts the services and passes everything in the environment.
 *
 *     java -cp postgresql.jar bin/fanout-driver/FanOut.java
 *
 *   1a. the ceiling (when FANOUT_RELAY_URL is set): FANOUT_RELAY_CLIENTS clients POST the bare clients' requests,
 *      with the clerk's token, to POST /floor/relay on the server, which sends each on to the simulator at once and
 *      answers its answer (nothing stored; benchmark's RelayResource): what one secured request in and one request
 *      out cost the server, the most tasks a second any pipeline in it could deliver on this machine; for each
 *      count of FANOUT_RELAY_TASKS, agency requests sent on per relayed request (1: a single-service case; 4: a
 *      life event of four steps, one secured request for four tasks).
 *   1b. the durable floor: what the least durable delivery costs, with nothing of the shop in between:
 *      FANOUT_FLOOR_CLIENTS clients record a batch of tasks in PostgreSQL (plain JDBC, one commit), send each to
 *      the simulator as the bare clients do, and record the answers (another commit), for each batch size of
 *      FANOUT_FLOOR_BATCHES; tasks per second.
 *
 * Only the JDK and PostgreSQL's JDBC driver (on the class path, from the server's modules) are used, so the file
 * runs as it is on Java 17: java -cp postgresql.jar bin/fanout-driver/FanOut.java
 * Exit status: 0 when the run completed (the goals are reported, not enforced), 1 when it could not be done.
 */

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class FanOut {

    static final String SHOP = "LX-LARANJEIRAS";
    static final String CITIZEN = "12345678";
    /** Shape "moving": the desk whose customer display gives each case's consent (the mediator desk, free in a run). */
    static final String DESK = "LXL-08";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern DISPLAY_TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern PAIRING_CODE = Pattern.compile("\"pairingCode\"\\s*:\\s*\"([^\"]+)\"");
    static final int PROBE_CASES = 50;
    /** A life event's consent before its case (issue 6): the desk's question and the citizen's answer. */
    static final int CONSENT_REQUESTS = 2;
    static final List<String> NOT_FINAL = List.of("PENDING", "SENT", "ACKNOWLEDGED", "FAILED");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Config cfg;
    private final HttpClient http;
    private final Db db;
    private final Cpu cpu;
    private final Map<String, String> props = new LinkedHashMap<>();
    /** Shape "moving": the X-Display-Token of the customer display paired with DESK (set before the first case). */
    private String displayToken;

    FanOut(Config cfg) {
        this.cfg = cfg;
        this.http = client();
        this.db = new Db(cfg);
        this.cpu = new Cpu(cfg);
    }

    static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public static void main(String[] args) {
        Config cfg;
        try {
            cfg = Config.fromEnvironment();
        } catch (RuntimeException e) {
            System.err.println("[fanout-driver] " + e.getMessage());
            System.exit(1);
            return;
        }
        try {
            new FanOut(cfg).run();
            System.exit(0);
        } catch (Exception e) {
            log("FAILED: %s", e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[fanout-driver] %s %s%n", CLOCK.format(Instant.now()), String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    void run() throws Exception {
        Files.createDirectories(cfg.results);
        Thread sampler = new Thread(cpu::sample, "cpu-sampler");
        sampler.setDaemon(true);
        sampler.start();

        checkSimulator();
        List<BareResult> bare = new ArrayList<>();
        for (int clients : cfg.bareClients) {
            bare.add(bare(clients));
            betweenPhases();
        }
        List<Ceiling> ceilings = new ArrayList<>();
        if (cfg.relayUrl != null) {
            for (int tasks : cfg.relayTasks) {
                for (int clients : cfg.relayClients) {
                    ceilings.add(new Ceiling(tasks, relay(clients, tasks)));
                    betweenPhases();
                }
            }
        }
        List<DurableCeiling> durables = new ArrayList<>();
        if (cfg.relayUrl != null && cfg.relayDurable) {
            int clients = cfg.relayClients.length > 0 ? cfg.relayClients[0] : 16;
            for (String rows : cfg.relayRows) {
                for (String via : cfg.relayVias) {
                    for (int tasks : cfg.relayTasks) {
                        if (rows.equals("shop") && tasks != 1 && tasks != 4) {
                            log("durable ceiling with the shop's rows: %d tasks a case is neither a single service nor MOVING, not run", tasks);
                            continue;
                        }
                        // with the shop's rows, a life event's case has its consent: it runs only with its requests
                        if (rows.equals("relay") || tasks == 1) {
                            durables.add(durableRelay(clients, tasks, 0, via, rows));
                            betweenPhases();
                        }
                        if (tasks > 1) {
                            // a life event's case needs its consent first (issue 6): two more requests
                            durables.add(durableRelay(clients, tasks, CONSENT_REQUESTS, via, rows));
                            betweenPhases();
                        }
                    }
                }
            }
        }
        Map<Integer, BareResult> floors = new LinkedHashMap<>();
        if (cfg.floorBatches.length > 0) {
            db.rows("create table fanout_floor_task (idempotency_key varchar(64) primary key,"
                    + " status varchar(20) not null, sent_at timestamp with time zone not null,"
                    + " finished_at timestamp with time zone)");
            for (int batch : cfg.floorBatches) {
                floors.put(batch, floor(batch));
                betweenPhases();
            }
            props.put("floor.tasksRecorded", db.one("select count(*) from fanout_floor_task"));
            props.put("floor.tasksCompleted", db.one("select count(*) from fanout_floor_task where status = 'COMPLETED'"));
            db.rows("drop table fanout_floor_task");
        }
        FanResult fan = fanOut();
        cpu.stop();
        Thread.sleep(1200);
        writeResults(bare, ceilings, durables, floors, fan);
    }

    // ---------------------------------------------------------------------------------------------
    // 1. The bare rate

    static String certBody(String caseReference) {
        return """
                {"service":"IRN-CERT","shop":"%s","caseReference":"%s","citizen":{"civilIdNumber":"%s"},\
                "details":{"cert.whose":"SELF","cert.purpose":"Fan-out benchmark"}}"""
                .formatted(SHOP, caseReference, CITIZEN);
    }

    HttpRequest irnRequest(HttpRequest.Builder builder, String key, int n) {
        return builder.uri(URI.create(cfg.simUrl + "/irn/v1/service-requests"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(certBody("CS-BARE-" + n)))
                .build();
    }

    /**
     * After a phase: the simulator forgets every request it was sent ({@code POST /admin/reset}), then two seconds'
     * pause. It keeps each request's answer, its issued document included, to answer a repeated key the same way;
     * a run's phases send it over a million, and with all of them kept its heap filled and it spent most of its time
     * collecting garbage, slowing every phase after (the run of 2026-11-28 15:49 UTC). Every phase's tasks are
     * finished when it ends, so none is sent again.
     */
    void betweenPhases() throws Exception {
        HttpResponse<String> reset = http.send(HttpRequest.newBuilder(URI.create(cfg.simUrl + "/admin/reset"))
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (reset.statusCode() != 204) {
            throw new IllegalStateException("the simulator answered its reset " + reset.statusCode() + ": " + reset.body());
        }
        Thread.sleep(2000);
    }

    void checkSimulator() throws Exception {
        HttpResponse<String> answer = http.send(irnRequest(HttpRequest.newBuilder(), UUID.randomUUID().toString(), 0),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201 || !answer.body().contains("COMPLETED")) {
            throw new IllegalStateException("the simulator answered the IRN-CERT request " + answer.statusCode() + ": "
                    + answer.body());
        }
        log("the simulator completes IRN-CERT requests: %s", abbreviate(answer.body()));
    }

    BareResult bare(int clients) throws InterruptedException {
        log("bare: %d clients, POST %s/irn/v1/service-requests (%d s warm-up + %d s measured)", clients, cfg.simUrl,
                cfg.warmUpSeconds, cfg.durationSeconds);
        List<HttpClient> clientsHttp = httpClients(clients);
        BareResult result = closedLoop(clients, thread -> {
            HttpClient client = clientsHttp.get(thread / 8);
            return n -> created(client.send(
                    irnRequest(HttpRequest.newBuilder(), UUID.randomUUID().toString(), (int) n),
                    HttpResponse.BodyHandlers.ofString()), Outcome.DONE);
        });
        log("bare, %d clients: %d requests answered 201 in %d s = %.1f req/s (p50 %.1f ms, p99 %.1f ms), %d errors%s",
                clients, result.requests, cfg.durationSeconds, result.rate, result.latency.p50, result.latency.p99,
                result.errors, result.errorSamples.isEmpty() ? "" : " e.g. " + result.errorSamples);
        if (!result.errorSamples.isEmpty() && result.requests == 0) {
            throw new IllegalStateException("the simulator answered no request with 201: " + result.errorSamples);
        }
        return result;
    }

    /**
     * The durable ceiling: the same requests to the server's durable relay ({@code POST .../relay/durable?tasks=n}),
     * which answers 202 once the request's n tasks are committed and delivers them on its own threads, storing and
     * recording in batches.
     * The clients hold back while FANOUT_BACKLOG tasks wait (PostgreSQL polled five times a second), as the
     * fan-out's submitters do. A task counts when PostgreSQL holds it COMPLETED with its finished_at in the measured
     * phase; latency from its acceptance to its completion. The tasks still open then are given up to a minute to
     * finish, and the table is truncated, so the next phase starts from an empty one. With {@code consent}
     * requests, each client first sends that many secured requests that do nothing ({@code POST .../relay/nothing},
     * answered 204) before each durable one: the least the two requests of a life event's consent (the desk's
     * question, the citizen's answer on the display; issue 6) cost, which both authenticate and also store.
     * {@code via} is how the server sends each task: {@code jdk} (the JDK's HTTP client) or {@code camel} (a Camel
     * route of one {@code http} endpoint, as every agency route of the shop ends). {@code rows} is where it stores
     * them: {@code relay} (one row a task in its own table) or {@code shop} (each request a case in the shop's own
     * tables, with every row the shop writes for one: the case, its tasks, the consent of a life event, the documents
     * the agency issued, the data tracker's entries; counted there, by their keys).
     */
    DurableCeiling durableRelay(int clients, int tasks, int consent, String via, String rows) throws InterruptedException {
        URI durable = URI.create(cfg.relayUrl + "/durable?tasks=" + tasks + "&via=" + via + "&rows=" + rows);
        boolean shop = rows.equals("shop");
        String table = shop ? "case_task" : "bench_relay_task";
        // the relay's tasks in the shop's table: keyed BENCH-… by the relay (ShopRows.KEY_PREFIX)
        String mine = shop ? " and request_key like 'BENCH-%'" : "";
        String acceptedAt = shop ? "handed_off_at" : "accepted_at";
        URI nothing = URI.create(cfg.relayUrl + "/nothing");
        log("durable ceiling: %d clients, POST %s (a clerk's token; %d task(s) a request stored, then sent and recorded in batches by the server%s; %d s warm-up + %d s measured)",
                clients, durable, tasks, consent == 0 ? "" : "; each after " + consent + " secured requests to " + nothing,
                cfg.warmUpSeconds, cfg.durationSeconds);
        Tokens tokens = new Tokens();
        tokens.get();
        String openTasks = "select count(*) from " + table + " where status in ('PENDING', "
                + (shop ? "'SENT'" : "'SENDING'") + ")" + mine;
        AtomicLong open = new AtomicLong();
        AtomicInteger held = new AtomicInteger();
        Thread poller = new Thread(() -> {
            while (true) {
                try {
                    open.set(Long.parseLong(db.one(openTasks)));
                } catch (RuntimeException e) {
                    if (Thread.currentThread().isInterrupted()) {
                        return; // the phase is over
                    }
                    // expected until the first request has reached the relay, which creates the table
                    log("durable poller: %s", e.getMessage());
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "durable-poller");
        poller.setDaemon(true);
        poller.start();
        List<HttpClient> clientsHttp = httpClients(clients);
        Outcome accepted = new Outcome(1, null);
        BareResult posts;
        try {
            posts = closedLoop(clients, thread -> {
                HttpClient client = clientsHttp.get(thread / 8);
                return n -> {
                    if (open.get() >= cfg.backlog) {
                        held.incrementAndGet();
                        Thread.sleep(5);
                        return new Outcome(0, null);
                    }
                    for (int i = 0; i < consent; i++) {
                        HttpResponse<String> done = sendToRelay(client, nothing, tokens, "CS-CONSENT-" + n);
                        if (done.statusCode() != 204) {
                            return new Outcome(0, "consent " + done.statusCode() + " " + abbreviate(done.body()));
                        }
                    }
                    HttpResponse<String> answer = sendToRelay(client, durable, tokens, "CS-DURABLE-" + n);
                    return answer.statusCode() == 202
                            ? accepted
                            : new Outcome(0, answer.statusCode() + " " + abbreviate(answer.body()));
                };
            });
        } finally {
            poller.interrupt();
        }
        String window = "finished_at >= " + ts(posts.from) + " and finished_at < " + ts(posts.to);
        long completed = Long.parseLong(db.one(
                "select count(*) from " + table + " where status = 'COMPLETED' and " + window + mine));
        long failed = Long.parseLong(db.one("select count(*) from " + table + " where status = 'FAILED'" + mine));
        Percentiles latency = latencySql(table, "status = 'COMPLETED' and " + window + mine,
                "extract(epoch from finished_at - " + acceptedAt + ") * 1000");
        if (shop) {
            long proofs = Long.parseLong(db.one("select count(*) from proof_document"));
            long trail = Long.parseLong(db.one("select count(*) from data_access"));
            log("durable ceiling with the shop's rows: %s cases, %d documents kept, %d data tracker entries, %s consents",
                    db.one("select count(distinct case_id) from case_task where request_key like 'BENCH-%'"),
                    proofs, trail, db.one("select count(*) from consent"));
        }
        DurableCeiling result = new DurableCeiling(tasks, consent, via, rows, posts, completed,
                completed / (double) cfg.durationSeconds, latency, failed, held.get());
        for (int second = 0; second < 60 && !db.one(openTasks).equals("0"); second++) {
            Thread.sleep(1000);
        }
        // emptied with its indexes, so that the next phase does not wade through this one's dead rows; the shop's
        // tables hold nothing else yet (the fan-out comes after the ceilings)
        db.rows(shop
                ? "truncate data_access, proof_document, case_task_correction, case_task, citizen_case, consent"
                : "truncate bench_relay_task");
        log("durable ceiling (%s rows) via %s, %d clients, %d task(s) a request, %d consent request(s): %d tasks COMPLETED in %d s = %.1f tasks/s (accepted %.1f/s, acceptance → completion p50 %.1f ms, p99 %.1f ms), %d failed, %d errors%s",
                rows, via, clients, tasks, consent, completed, cfg.durationSeconds, result.rate, posts.rate, latency.p50, latency.p99, failed,
                posts.errors, posts.errorSamples.isEmpty() ? "" : " e.g. " + posts.errorSamples);
        if (completed == 0) {
            throw new IllegalStateException("the durable relay completed no task: " + posts.errorSamples);
        }
        return result;
    }

    /** The durable ceiling's figures: the requests (accepted, their latency and CPU) and the tasks completed. */
    record DurableCeiling(int tasks, int consent, String via, String rows, BareResult posts, long completed, double rate,
            Percentiles latency, long failed, int held) {

        /** Where the server stored the tasks, in words. */
        String stored() {
            return rows.equals("shop")
                    ? "as a case in the shop's own tables, with every row the shop writes for one"
                    : "one row a task in the relay's table";
        }

        /** How the server sent the tasks, in words. */
        String sent() {
            return via.equals("camel")
                    ? "through a Camel route of one `http` endpoint"
                    : "by the JDK's HTTP client";
        }
    }

    /**
     * The bare clients' IRN-CERT request (a fresh key) to one of the server's relays with the clerk's token; a 401
     * drops the token, so that the next request fetches a new one.
     */
    HttpResponse<String> sendToRelay(HttpClient client, URI relay, Tokens tokens, String caseReference)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(relay)
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + tokens.get())
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(certBody(caseReference)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 401) {
            tokens.invalidate();
        }
        return answer;
    }

    /** A JDK client per 8 threads: the client's single selector thread is then not what limits the rate. */
    List<HttpClient> httpClients(int threads) {
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < (threads + 7) / 8; i++) {
            clients.add(client());
        }
        return clients;
    }

    /** {@code done} when the answer is 201, else an error with the answer's status and (abbreviated) body. */
    static Outcome created(HttpResponse<String> answer, Outcome done) {
        return answer.statusCode() == 201 ? done : new Outcome(0, answer.statusCode() + " " + abbreviate(answer.body()));
    }

    // ---------------------------------------------------------------------------------------------
    // 1a. The ceiling

    /**
     * The bare clients' requests, with the clerk's token, to the server's relay (floor.war), which sends each on to
     * the simulator {@code tasks} times and answers its answer. A request counts, as {@code tasks} tasks, when
     * answered 201.
     */
    BareResult relay(int clients, int tasks) throws InterruptedException {
        log("ceiling: %d clients, POST %s?tasks=%d (a clerk's token; sent on to the simulator, nothing stored; %d s warm-up + %d s measured)",
                clients, cfg.relayUrl, tasks, cfg.warmUpSeconds, cfg.durationSeconds);
        URI relay = URI.create(cfg.relayUrl + "?tasks=" + tasks);
        Outcome done = new Outcome(tasks, null);
        Tokens tokens = new Tokens();
        tokens.get();
        List<HttpClient> clientsHttp = httpClients(clients);
        BareResult result = closedLoop(clients, thread -> {
            HttpClient client = clientsHttp.get(thread / 8);
            return n -> {
                return created(sendToRelay(client, relay, tokens, "CS-RELAY-" + n), done);
            };
        });
        log("ceiling, %d clients, %d task(s) a request: %d tasks answered 201 in %d s = %.1f tasks/s (p50 %.1f ms, p99 %.1f ms), %d errors%s",
                clients, tasks, result.requests, cfg.durationSeconds, result.rate, result.latency.p50, result.latency.p99,
                result.errors, result.errorSamples.isEmpty() ? "" : " e.g. " + result.errorSamples);
        if (result.requests == 0) {
            throw new IllegalStateException("the relay answered no request with 201: " + result.errorSamples);
        }
        return result;
    }

    /** What one unit of a closed loop did: the tasks it completed, and the first error if any. */
    record Outcome(int tasks, String error) {
        static final Outcome DONE = new Outcome(1, null);
    }

    /** One client's unit of work in a closed loop (unit {@code n} of the run). */
    interface Unit {
        Outcome run(long n) throws Exception;
    }

    /** The unit a client thread repeats; it may hold what that thread owns (a connection). */
    interface UnitFactory {
        Unit open(int thread) throws Exception;
    }

    /**
     * {@code clients} threads each repeat their unit for the warm-up and the measured phase; a unit counts when it
     * ends inside the measured phase. The rate is tasks (completed by the units) per second; the latency is the
     * units'.
     */
    BareResult closedLoop(int clients, UnitFactory units) throws InterruptedException {
        long warmUpNanos = TimeUnit.SECONDS.toNanos(cfg.warmUpSeconds);
        long measuredNanos = TimeUnit.SECONDS.toNanos(cfg.durationSeconds);
        long start = System.nanoTime();
        long measureFrom = start + warmUpNanos;
        long measureTo = measureFrom + measuredNanos;
        AtomicLong counter = new AtomicLong();
        AtomicLong tasks = new AtomicLong();
        AtomicInteger errors = new AtomicInteger();
        ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
        List<long[]> latencies = new CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long wallFrom = System.currentTimeMillis() + cfg.warmUpSeconds * 1000L;
        for (int t = 0; t < clients; t++) {
            int index = t;
            Thread thread = new Thread(() -> {
                LongList mine = new LongList();
                Unit unit;
                try {
                    unit = units.open(index);
                } catch (Exception e) {
                    errors.incrementAndGet();
                    errorSamples.add("could not start client " + index + ": " + e);
                    return;
                }
                while (true) {
                    long sent = System.nanoTime();
                    if (sent >= measureTo) {
                        break;
                    }
                    Outcome outcome;
                    try {
                        outcome = unit.run(counter.incrementAndGet());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception e) {
                        outcome = new Outcome(0, e.toString());
                    }
                    long done = System.nanoTime();
                    if (done < measureFrom || done >= measureTo) {
                        continue;
                    }
                    if (outcome.tasks() > 0) {
                        mine.add((done - sent) / 1000);
                        tasks.addAndGet(outcome.tasks());
                    }
                    if (outcome.error() != null) {
                        errors.incrementAndGet();
                        if (errorSamples.size() < 5) {
                            errorSamples.add(outcome.error());
                        }
                    }
                }
                latencies.add(mine.toArray());
            }, "client-" + t);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long wallTo = wallFrom + cfg.durationSeconds * 1000L;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new BareResult(clients, tasks.get(), errors.get(), tasks.get() / (double) cfg.durationSeconds,
                Percentiles.of(all, 1000.0), wallFrom, wallTo, cpu.window(wallFrom, wallTo), List.copyOf(errorSamples));
    }

    // ---------------------------------------------------------------------------------------------
    // 1b. The durable floor

    /**
     * The least a durable delivery does, with nothing of the shop in between (no API, JMS, WildFly or Camel):
     * FANOUT_FLOOR_CLIENTS clients each record {@code batch} tasks in PostgreSQL (one commit), send each to the
     * simulator as the bare clients do (the task's key as its Idempotency-Key), and record the answers (one more
     * commit). Batch 1 is a commit before and after every request, as a task that is its own transaction; a larger
     * batch shares both commits among that many tasks. Plain JDBC on the run's database, in a table of its own.
     */
    BareResult floor(int batch) throws Exception {
        log("durable floor: %d clients, batches of %d tasks (%d s warm-up + %d s measured)", cfg.floorClients, batch,
                cfg.warmUpSeconds, cfg.durationSeconds);
        List<HttpClient> clientsHttp = httpClients(cfg.floorClients);
        List<java.sql.Connection> connections = new CopyOnWriteArrayList<>();
        try {
            BareResult result = closedLoop(cfg.floorClients, thread -> {
                java.sql.Connection connection =
                        java.sql.DriverManager.getConnection(cfg.jdbcUrl, cfg.pgUser, cfg.pgPassword);
                connections.add(connection);
                connection.setAutoCommit(false);
                return new FloorUnit(connection, clientsHttp.get(thread / 8), batch);
            });
            log("durable floor, batches of %d: %d tasks COMPLETED in %d s = %.1f tasks/s (p50 %.1f ms a batch), %d errors%s",
                    batch, result.requests, cfg.durationSeconds, result.rate, result.latency.p50, result.errors,
                    result.errorSamples.isEmpty() ? "" : " e.g. " + result.errorSamples);
            if (result.requests == 0) {
                throw new IllegalStateException("the durable floor completed no task: " + result.errorSamples);
            }
            return result;
        } finally {
            for (java.sql.Connection connection : connections) {
                connection.close();
            }
        }
    }

    /** One floor client: record a batch, send it, record the answers. */
    final class FloorUnit implements Unit {
        private final java.sql.Connection connection;
        private final HttpClient client;
        private final int batch;

        FloorUnit(java.sql.Connection connection, HttpClient client, int batch) {
            this.connection = connection;
            this.client = client;
            this.batch = batch;
        }

        @Override
        public Outcome run(long n) throws Exception {
            String[] keys = new String[batch];
            try (java.sql.PreparedStatement record = connection.prepareStatement(
                    "insert into fanout_floor_task (idempotency_key, status, sent_at) values (?, 'SENT', now())")) {
                for (int i = 0; i < batch; i++) {
                    keys[i] = UUID.randomUUID().toString();
                    record.setString(1, keys[i]);
                    record.addBatch();
                }
                record.executeBatch();
            }
            connection.commit();
            int completed = 0;
            String error = null;
            String[] outcomes = new String[batch];
            for (int i = 0; i < batch; i++) {
                HttpResponse<String> answer = client.send(irnRequest(HttpRequest.newBuilder(), keys[i], (int) n),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 201) {
                    outcomes[i] = "COMPLETED";
                    completed++;
                } else {
                    outcomes[i] = "FAILED";
                    if (error == null) {
                        error = answer.statusCode() + " " + abbreviate(answer.body());
                    }
                }
            }
            try (java.sql.PreparedStatement result = connection.prepareStatement(
                    "update fanout_floor_task set status = ?, finished_at = now() where idempotency_key = ?")) {
                for (int i = 0; i < batch; i++) {
                    result.setString(1, outcomes[i]);
                    result.setString(2, keys[i]);
                    result.addBatch();
                }
                result.executeBatch();
            }
            connection.commit();
            return new Outcome(completed, error);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // 2. The durable fan-out

    /** Case number {@code n} of the shape; a MOVING case at {@link #DESK} under its consent (null for "cert"). */
    static String caseBody(String shape, int n, String consent) {
        if (shape.equals("moving")) {
            return """
                    {"shop":"%s","desk":"%s","consent":"%s","lifeEvent":"MOVING","chosen":[],"applicantCivilId":"%s",\
                    "data":{"address":"Rua do Fan-out %d, 1000-001 Lisboa"}}"""
                    .formatted(SHOP, DESK, consent, CITIZEN, n);
        }
        return """
                {"shop":"%s","service":"IRN-CERT","applicantCivilId":"%s",\
                "data":{"cert.whose":"SELF","cert.purpose":"Fan-out %d"}}"""
                .formatted(SHOP, CITIZEN, n);
    }

    FanResult fanOut() throws Exception {
        Tokens tokens = new Tokens();
        tokens.get();
        String before = db.one("select count(*) from case_task");
        if (!before.equals("0")) {
            throw new IllegalStateException("the database already holds " + before + " tasks (it must be empty)");
        }
        if (moving()) {
            pairDisplay(tokens);
        }
        // One case first, to know that the shape is accepted and how many tasks it makes.
        HttpResponse<String> first = postCase(tokens, 0, consentOrFail(tokens));
        if (first.statusCode() != 201) {
            throw new IllegalStateException("POST /api/v1/cases answered " + first.statusCode() + ": " + abbreviate(first.body()));
        }
        int tasksPerCase = Integer.parseInt(db.one("select count(*) from case_task"));
        log("fan-out: shape %s, %d task(s) per case (%s); waiting for the first case to complete", cfg.shape,
                tasksPerCase, db.one("select string_agg(s.code, ' ' order by t.position) from case_task t "
                        + "join public_service s on s.id = t.service_id"));
        if (!waitUntilFinal(60) || !db.one("select count(*) from case_task where status <> 'COMPLETED'").equals("0")) {
            throw new IllegalStateException("the first case did not complete within 60 s: " + statusCounts());
        }
        // The latency of a task on an idle pipeline: PROBE_CASES cases, one every 100 ms, each delivered long before
        // the next arrives (the measured phase's figures are for a pipeline kept full).
        for (int i = 1; i <= PROBE_CASES; i++) {
            HttpResponse<String> probe = postCase(tokens, -i, consentOrFail(tokens));
            if (probe.statusCode() != 201) {
                throw new IllegalStateException("POST /api/v1/cases answered " + probe.statusCode() + ": " + abbreviate(probe.body()));
            }
            Thread.sleep(100);
        }
        if (!waitUntilFinal(60)) {
            throw new IllegalStateException("the probe's cases did not complete within 60 s: " + statusCounts());
        }
        Percentiles idle = latencySql("status = 'COMPLETED'", "extract(epoch from finished_at - handed_off_at) * 1000");
        log("fan-out: on an idle pipeline, hand-off to completion p50 %.1f ms, p99 %.1f ms (%d tasks)", idle.p50, idle.p99,
                idle.count);

        int perCase = tasksPerCase;
        long warmUpMillis = cfg.casesWarmUpSeconds * 1000L;
        long start = System.currentTimeMillis();
        long measureFrom = start + warmUpMillis;
        long measureTo = measureFrom + cfg.durationSeconds * 1000L;
        log("fan-out: %d submitters, up to %d tasks waiting for delivery (%d s warm-up + %d s measured)",
                cfg.submitters, cfg.backlog, cfg.casesWarmUpSeconds, cfg.durationSeconds);

        AtomicLong submittedTasks = new AtomicLong(perCase * (PROBE_CASES + 1L));
        AtomicLong finalTasks = new AtomicLong(Long.parseLong(db.one(
                "select count(*) from case_task where status in ('COMPLETED','REJECTED','CANCELLED')")));
        AtomicInteger caseNumber = new AtomicInteger(0);
        AtomicInteger postErrors = new AtomicInteger();
        AtomicInteger postsMeasured = new AtomicInteger();
        AtomicInteger consentErrors = new AtomicInteger();
        AtomicInteger consentsMeasured = new AtomicInteger();
        List<long[]> consentLatencies = new CopyOnWriteArrayList<>();
        AtomicInteger throttled = new AtomicInteger();
        ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
        List<long[]> postLatencies = new CopyOnWriteArrayList<>();
        volatileStop = false;

        // The poller: the database's counts twice a second (what the submitters throttle on), and the timeline.
        StringBuilder timeline = new StringBuilder("epochMillis\telapsedSeconds\tsubmittedTasks\tcompleted\trejected\t"
                + "cancelled\tpending\tsent\tacknowledged\tfailed\n");
        Thread poller = new Thread(() -> {
            long lastRow = 0;
            while (!volatileStop) {
                try {
                    Map<String, Long> counts = statusCounts();
                    long fin = counts.getOrDefault("COMPLETED", 0L) + counts.getOrDefault("REJECTED", 0L)
                            + counts.getOrDefault("CANCELLED", 0L);
                    finalTasks.set(fin);
                    long now = System.currentTimeMillis();
                    if (now - lastRow >= 1000) {
                        lastRow = now;
                        synchronized (timeline) {
                            timeline.append(now).append('\t').append(String.format(Locale.ROOT, "%.1f", (now - start) / 1000.0))
                                    .append('\t').append(submittedTasks.get());
                            for (String s : List.of("COMPLETED", "REJECTED", "CANCELLED", "PENDING", "SENT",
                                    "ACKNOWLEDGED", "FAILED")) {
                                timeline.append('\t').append(counts.getOrDefault(s, 0L));
                            }
                            timeline.append('\n');
                        }
                    }
                    Thread.sleep(400);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    log("poller: %s", e.getMessage());
                }
            }
        }, "poller");
        poller.setDaemon(true);
        poller.start();

        List<Thread> submitters = new ArrayList<>();
        for (int s = 0; s < cfg.submitters; s++) {
            Thread thread = new Thread(() -> {
                LongList mine = new LongList();
                LongList myConsents = new LongList();
                try {
                    while (System.currentTimeMillis() < measureTo) {
                        if (submittedTasks.get() - finalTasks.get() >= cfg.backlog) {
                            throttled.incrementAndGet();
                            Thread.sleep(20);
                            continue;
                        }
                        // Shape "moving": the consent first, two requests of this submitter's work per case; timed
                        // apart, not in the case POST's latency. A failed consent is counted, and no case is posted.
                        String consent = null;
                        if (moving()) {
                            long asking = System.nanoTime();
                            ConsentCalls calls;
                            try {
                                calls = consent(tokens);
                            } catch (IOException e) {
                                consentErrors.incrementAndGet();
                                if (errorSamples.size() < 5) {
                                    errorSamples.add("consent: " + e);
                                }
                                continue;
                            }
                            if (calls.id() == null) {
                                if (calls.status() == 401) {
                                    tokens.invalidate();
                                }
                                consentErrors.incrementAndGet();
                                if (errorSamples.size() < 5) {
                                    errorSamples.add(calls.call() + " " + calls.status() + " " + abbreviate(calls.body()));
                                }
                                continue;
                            }
                            consent = calls.id();
                            long given = System.currentTimeMillis();
                            if (given >= measureFrom && given < measureTo) {
                                consentsMeasured.incrementAndGet();
                                myConsents.add((System.nanoTime() - asking) / 1000);
                            }
                        }
                        int n = caseNumber.incrementAndGet();
                        long sent = System.nanoTime();
                        HttpResponse<String> answer;
                        try {
                            answer = postCase(tokens, n, consent);
                        } catch (IOException e) {
                            postErrors.incrementAndGet();
                            if (errorSamples.size() < 5) {
                                errorSamples.add(e.toString());
                            }
                            continue;
                        }
                        long done = System.currentTimeMillis();
                        if (answer.statusCode() == 201) {
                            submittedTasks.addAndGet(perCase);
                            if (done >= measureFrom && done < measureTo) {
                                postsMeasured.incrementAndGet();
                                mine.add((System.nanoTime() - sent) / 1000);
                            }
                        } else {
                            if (answer.statusCode() == 401) {
                                tokens.invalidate();
                            }
                            postErrors.incrementAndGet();
                            if (errorSamples.size() < 5) {
                                errorSamples.add(answer.statusCode() + " " + abbreviate(answer.body()));
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                postLatencies.add(mine.toArray());
                consentLatencies.add(myConsents.toArray());
            }, "submitter-" + s);
            submitters.add(thread);
            thread.start();
        }
        // Progress every 5 s while submitting.
        long nextReport = start + 5000;
        while (submitters.stream().anyMatch(Thread::isAlive)) {
            Thread.sleep(200);
            if (System.currentTimeMillis() >= nextReport) {
                nextReport += 5000;
                log("fan-out: %.0f s, %d tasks submitted, %d final, %d waiting, %d POST errors%s", (System.currentTimeMillis() - start) / 1000.0,
                        submittedTasks.get(), finalTasks.get(), submittedTasks.get() - finalTasks.get(), postErrors.get(),
                        moving() ? ", " + consentErrors.get() + " consent errors" : "");
            }
        }
        for (Thread thread : submitters) {
            thread.join();
        }
        long stoppedAt = System.currentTimeMillis();
        long waitingAtStop = submittedTasks.get() - finalTasks.get();
        log("fan-out: submissions stopped with %d tasks submitted, about %d still to deliver; draining (up to %d s)",
                submittedTasks.get(), waitingAtStop, cfg.drainSeconds);
        boolean drained = waitUntilFinal(cfg.drainSeconds);
        volatileStop = true;
        poller.join(5000);
        long drainedAt = System.currentTimeMillis();
        Files.writeString(cfg.results.resolve("timeline.tsv"), timeline.toString());

        // What PostgreSQL says.
        Map<String, Long> statuses = statusCounts();
        String window = "finished_at >= " + ts(measureFrom) + " and finished_at < " + ts(measureTo);
        long completedInWindow = Long.parseLong(db.one("select count(*) from case_task where status = 'COMPLETED' and " + window));
        long handedOffInWindow = Long.parseLong(db.one(
                "select count(*) from case_task where handed_off_at >= " + ts(measureFrom) + " and handed_off_at < " + ts(measureTo)));
        Percentiles handOffToDone = latencySql("status = 'COMPLETED' and " + window,
                "extract(epoch from finished_at - handed_off_at) * 1000");
        Map<String, String> perService = new LinkedHashMap<>();
        for (String[] row : db.rows("select s.code, count(*), round(percentile_cont(0.5) within group (order by "
                + "extract(epoch from t.finished_at - t.handed_off_at) * 1000)::numeric, 1) from case_task t "
                + "join public_service s on s.id = t.service_id where t.status = 'COMPLETED' and t.finished_at >= " + ts(measureFrom)
                + " and t.finished_at < " + ts(measureTo) + " group by s.code order by s.code")) {
            perService.put(row[0], row[1] + " completed, p50 " + row[2] + " ms");
        }
        // Drain: the tasks finished after the submissions stopped, over the time until the last of them.
        String[] drain = db.rows("select count(*), coalesce(extract(epoch from max(finished_at) - " + ts(stoppedAt)
                + ") * 1000, 0) from case_task where status = 'COMPLETED' and finished_at >= " + ts(stoppedAt)).get(0);
        long drainTasks = Long.parseLong(drain[0]);
        double drainMillis = Double.parseDouble(drain[1]);
        long[] posts = postLatencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        long[] consents = consentLatencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        long lastFinished = (long) Double.parseDouble(db.one(
                "select coalesce(extract(epoch from max(finished_at)) * 1000, 0) from case_task where finished_at >= " + ts(stoppedAt)));
        FanResult result = new FanResult(perCase, idle, completedInWindow, completedInWindow / (double) cfg.durationSeconds,
                handedOffInWindow / (double) cfg.durationSeconds, handOffToDone, perService, postsMeasured.get(),
                postsMeasured.get() / (double) cfg.durationSeconds, Percentiles.of(posts, 1000.0), postErrors.get(),
                consentsMeasured.get(), Percentiles.of(consents, 1000.0), consentErrors.get(),
                List.copyOf(errorSamples), throttled.get(), waitingAtStop, drainTasks,
                drainMillis > 0 ? drainTasks / (drainMillis / 1000.0) : 0, drainMillis / 1000.0, drained, statuses,
                caseNumber.get(), submittedTasks.get(), measureFrom, measureTo, stoppedAt, drainedAt,
                cpu.window(measureFrom, measureTo),
                lastFinished > stoppedAt + 2000 ? cpu.window(stoppedAt + 1000, lastFinished) : null);
        log("fan-out: %d tasks completed in the measured %d s = %.1f tasks/s (hand-off to completion p50 %.0f ms, p99 %.0f ms); "
                + "drain %.1f tasks/s; statuses %s", result.completedInWindow, cfg.durationSeconds, result.rate,
                result.latency.p50, result.latency.p99, result.drainRate, statuses);
        if (!drained) {
            log("fan-out: NOT every task reached a final state within %d s", cfg.drainSeconds);
        }
        return result;
    }

    private volatile boolean volatileStop;

    Map<String, Long> statusCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String[] row : db.rows("select status, count(*) from case_task group by status order by status")) {
            counts.put(row[0], Long.parseLong(row[1]));
        }
        return counts;
    }

    boolean waitUntilFinal(int seconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            String open = db.one("select count(*) from case_task where status in ('PENDING','SENT','ACKNOWLEDGED','FAILED')");
            if (open.equals("0")) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    Percentiles latencySql(String where, String expression) {
        return latencySql("case_task", where, expression);
    }

    Percentiles latencySql(String table, String where, String expression) {
        String[] row = db.rows("select count(*), coalesce(percentile_cont(array[0.5, 0.95, 0.99, 0.999]) within group (order by "
                + expression + "), array[0,0,0,0]::float8[]), coalesce(max(" + expression + "), 0), coalesce(min(" + expression
                + "), 0) from " + table + " where " + where).get(0);
        String[] p = row[1].replaceAll("[{}]", "").split(",");
        return new Percentiles(Long.parseLong(row[0]), Double.parseDouble(p[0]), Double.parseDouble(p[1]),
                Double.parseDouble(p[2]), Double.parseDouble(p[3]), Double.parseDouble(row[2]));
    }

    static String ts(long epochMillis) {
        return "to_timestamp(" + epochMillis / 1000.0 + ")";
    }

    HttpResponse<String> postCase(Tokens tokens, int n, String consent) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(cfg.shopUrl + "/api/v1/cases"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + tokens.get())
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", "en")
                        .POST(HttpRequest.BodyPublishers.ofString(caseBody(cfg.shape, n, consent)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Whether the cases are of a life event (MOVING), each of which needs a consent. */
    boolean moving() {
        return cfg.shape.equals("moving");
    }

    /**
     * Shape "moving", once before the first case: the clerk signed in at {@link #DESK} (POST
     * /api/v1/desks/{desk}/call-next until nobody waits there), a customer display registered (POST
     * /api/v1/customer-displays, anonymous) and paired with the desk (POST /api/v1/customer-displays/pairings).
     */
    void pairDisplay(Tokens tokens) throws IOException, InterruptedException {
        for (int calls = 0; ; calls++) {
            if (calls == 500) {
                throw new IllegalStateException("desk " + DESK + " still has tickets after 500 calls");
            }
            HttpResponse<String> called = shopPost("/desks/" + DESK + "/call-next", "Authorization",
                    "Bearer " + tokens.get(), "");
            if (called.statusCode() == 204) {
                break;
            }
            if (called.statusCode() != 200) {
                throw new IllegalStateException("POST /api/v1/desks/" + DESK + "/call-next answered " + called.statusCode()
                        + ": " + abbreviate(called.body()));
            }
        }
        HttpResponse<String> registered = shopPost("/customer-displays", null, null, "");
        Matcher token = DISPLAY_TOKEN.matcher(registered.body());
        Matcher code = PAIRING_CODE.matcher(registered.body());
        if (registered.statusCode() != 201 || !token.find() || !code.find()) {
            throw new IllegalStateException("POST /api/v1/customer-displays answered " + registered.statusCode() + ": "
                    + abbreviate(registered.body()));
        }
        HttpResponse<String> paired = shopPost("/customer-displays/pairings", "Authorization", "Bearer " + tokens.get(),
                "{\"desk\":\"" + DESK + "\",\"pairingCode\":\"" + code.group(1) + "\"}");
        if (paired.statusCode() != 204) {
            throw new IllegalStateException("POST /api/v1/customer-displays/pairings answered " + paired.statusCode() + ": "
                    + abbreviate(paired.body()));
        }
        displayToken = token.group(1);
        log("fan-out: %s signed in at desk %s, its customer display paired: each MOVING case first gets its consent there",
                cfg.clerk, DESK);
    }

    /**
     * The consent's two requests: asked at {@link #DESK} (POST /api/v1/consents, the clerk's token), given on its
     * customer display (POST /api/v1/customer-displays/current/answers, the display's token). Its id, or (id null)
     * the call that did not answer 201 or 200 and its answer.
     */
    ConsentCalls consent(Tokens tokens) throws IOException, InterruptedException {
        // One citizen at a time at a desk, as at a real counter: a desk asks one question at a time (asking
        // the next expires an unanswered one), so the submitters take turns for this pair.
        synchronized (deskTurn) {
            return consentAtTheDesk(tokens);
        }
    }

    /** Held while a submitter asks a consent at {@link #DESK} and gives it on its display. */
    private final Object deskTurn = new Object();

    private ConsentCalls consentAtTheDesk(Tokens tokens) throws IOException, InterruptedException {
        HttpResponse<String> asked = shopPost("/consents", "Authorization", "Bearer " + tokens.get(),
                "{\"desk\":\"" + DESK + "\",\"lifeEvent\":\"MOVING\",\"civilId\":\"" + CITIZEN + "\"}");
        if (asked.statusCode() != 201) {
            return new ConsentCalls(null, "POST /api/v1/consents", asked.statusCode(), asked.body());
        }
        Matcher id = ID.matcher(asked.body());
        if (!id.find()) {
            throw new IllegalStateException("POST /api/v1/consents answered 201 without an id: " + abbreviate(asked.body()));
        }
        HttpResponse<String> given = shopPost("/customer-displays/current/answers", "X-Display-Token", displayToken,
                "{\"consent\":\"" + id.group(1) + "\",\"given\":true}");
        if (given.statusCode() != 200) {
            return new ConsentCalls(null, "the display's answer", given.statusCode(), given.body());
        }
        return new ConsentCalls(id.group(1), "", given.statusCode(), given.body());
    }

    /** What {@link #consent} came to. */
    record ConsentCalls(String id, String call, int status, String body) {}

    /** The consent of a case outside the measured submitters (the first case, the probe): null for "cert". */
    String consentOrFail(Tokens tokens) throws IOException, InterruptedException {
        if (!moving()) {
            return null;
        }
        ConsentCalls calls = consent(tokens);
        if (calls.id() == null) {
            throw new IllegalStateException(calls.call() + " answered " + calls.status() + ": " + abbreviate(calls.body()));
        }
        return calls.id();
    }

    /** A JSON POST to the shop's API, with one credential header (or none: {@code header} null). */
    HttpResponse<String> shopPost(String path, String header, String value, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(cfg.shopUrl + "/api/v1" + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (header != null) {
            request.header(header, value);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---------------------------------------------------------------------------------------------
    // 3. The record

    void writeResults(List<BareResult> bare, List<Ceiling> ceilings, List<DurableCeiling> durables, Map<Integer, BareResult> floors,
            FanResult fan)
            throws IOException {
        BareResult ref = bare.get(0);
        double ratio = ref.rate > 0 ? fan.rate / ref.rate : 0;
        boolean rateMet = fan.rate >= 2000;
        boolean ratioMet = ratio >= 0.5;
        StringBuilder md = new StringBuilder();
        md.append("# Fan-out benchmark (issue 5)\n\n");
        md.append("`").append(cfg.command).append("`, ").append(cfg.date).append(", commit `").append(cfg.commit).append("`")
                .append(cfg.uncommitted.equals("0") ? "" : " (" + cfg.uncommitted + " uncommitted files)").append(".\n\n");
        md.append("Machine: ").append(cfg.machine).append(".\n\n");
        md.append("Shape: `").append(cfg.shape).append("` (").append(fan.tasksPerCase).append(" task(s) per case); ")
                .append(cfg.warmUpSeconds).append(" s warm-up + ").append(cfg.durationSeconds)
                .append(" s measured per phase (the fan-out: ").append(cfg.casesWarmUpSeconds).append(" s warm-up); ")
                .append(cfg.submitters).append(" submitters keeping up to ").append(cfg.backlog)
                .append(" tasks waiting for delivery; the civil registry's rate limit on the server ")
                .append(cfg.irnRatePerSecond).append(" requests a second (`AGENCY_IRN_RATE_PER_SECOND`).");
        if (moving()) {
            md.append(" Since issue 6, each MOVING case first gets its consent: two more requests per case (`POST")
                    .append(" /api/v1/consents` at desk ").append(DESK).append(", then the customer display's `POST")
                    .append(" /api/v1/customer-displays/current/answers`), made by the submitter before its case POST:")
                    .append(" in the cases per second, not in the case POST's latency.");
        }
        md.append("\n\n");

        md.append("## Result\n\n");
        md.append("| | rate | p50 (ms) | p95 (ms) | p99 (ms) | p99.9 (ms) | max (ms) |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (BareResult b : bare) {
            md.append(String.format(Locale.ROOT, "| bare: %d JDK HttpClient clients, `POST /irn/v1/service-requests` (%d requests, %d errors) | %s req/s | %s |%n",
                    b.clients, b.requests, b.errors, num(b.rate), b.latency.cells()));
        }
        for (Ceiling ceiling : ceilings) {
            BareResult c = ceiling.result;
            md.append(String.format(Locale.ROOT, "| ceiling: %d clients, `POST /floor/relay?tasks=%d` on the server with a clerk's token, sent on to the simulator %s, nothing stored (%d tasks, %d errors; latency of a request) | %s tasks/s (%.1f %% of bare) | %s |%n",
                    c.clients, ceiling.tasks, ceiling.tasks == 1 ? "once" : ceiling.tasks + " times", c.requests, c.errors,
                    num(c.rate), ref.rate > 0 ? c.rate / ref.rate * 100 : 0, c.latency.cells()));
        }
        for (DurableCeiling durable : durables) {
            md.append(String.format(Locale.ROOT, "| durable ceiling: %d clients, `POST /floor/relay/durable?tasks=%d&via=%s&rows=%s` with a clerk's token%s, answered once its %s stored (%s); sent %s and recorded in batches by the server (%d tasks COMPLETED, %d FAILED, %d request errors; acceptance → completion) | %s tasks/s (%.1f %% of bare) | %s |%n",
                    durable.posts.clients, durable.tasks, durable.via, durable.rows,
                    durable.consent == 0 ? "" : ", each after " + durable.consent
                            + " secured requests that do nothing (`POST /floor/relay/nothing`: the least a life event's consent costs)",
                    durable.tasks == 1 ? "task is" : durable.tasks + " tasks are", durable.stored(), durable.sent(),
                    durable.completed, durable.failed, durable.posts.errors, num(durable.rate),
                    ref.rate > 0 ? durable.rate / ref.rate * 100 : 0, durable.latency.cells()));
        }
        if (cfg.relayUrl == null) {
            md.append("| ceiling: not measured (`FANOUT_RELAY_CLIENTS=none`, or `benchmark/target/reference-floor.war` not built) | | | | | | |\n");
        }
        floors.forEach((batch, floor) -> md.append(String.format(Locale.ROOT,
                "| durable floor: %d clients, %s, plain JDBC (%d tasks, %d errors; latency of a %s) | %s tasks/s (%.1f %% of bare) | %s |%n",
                floor.clients, batch == 1 ? "a commit before and after each request" : "batches of " + batch
                        + " tasks, one commit before and one after each batch",
                floor.requests, floor.errors, batch == 1 ? "task" : "batch", num(floor.rate),
                ref.rate > 0 ? floor.rate / ref.rate * 100 : 0, floor.latency.cells())));
        md.append(String.format(Locale.ROOT, "| durable fan-out: tasks COMPLETED in PostgreSQL (%d in %d s), hand-off → completion | **%s tasks/s** | %s |%n",
                fan.completedInWindow, cfg.durationSeconds, num(fan.rate), fan.latency.cells()));
        md.append(String.format(Locale.ROOT, "| `POST /api/v1/cases` during the measured phase (%d answered 201, %d errors in the whole phase) | %s cases/s | %s |%n",
                fan.postsMeasured, fan.postErrors, num(fan.postRate), fan.posts.cells()));
        if (moving()) {
            md.append(String.format(Locale.ROOT, "| consent before each case, `POST /api/v1/consents` + the display's answer, during the measured phase (%d given, %d errors in the whole phase) | %s consents/s | %s |%n",
                    fan.consentsMeasured, fan.consentErrors, num(fan.consentsMeasured / (double) cfg.durationSeconds),
                    fan.consents.cells()));
        }
        if (fan.drainRate > 0) {
            md.append(String.format(Locale.ROOT, "| drain after the submissions stopped (%d tasks in %.1f s, no submission competing) | %s tasks/s | | | | | |%n",
                    fan.drainTasks, fan.drainSeconds, num(fan.drainRate)));
        }
        md.append(String.format(Locale.ROOT, "| idle pipeline: %d cases one every 100 ms before the fan-out, hand-off → completion | | %s |%n",
                PROBE_CASES, fan.idle.cells()));
        md.append("\n");
        md.append(String.format(Locale.ROOT, "End to end / bare (%d clients): %s / %s = **%.1f %%**.%n%n", ref.clients,
                num(fan.rate), num(ref.rate), ratio * 100));
        // The pipeline against the ceiling of its own shape (as many agency requests per secured request as its
        // cases have tasks), and the machine's CPU per task of each: what the pipeline adds, in this run.
        for (Ceiling ceiling : ceilings) {
            if (ceiling.tasks != fan.tasksPerCase || ceiling.result.rate <= 0 || fan.rate <= 0) {
                continue;
            }
            double ceilingMs = ceiling.result.cpu.machine() / ceiling.result.rate * 1000;
            double fanMs = fan.cpu.machine() / fan.rate * 1000;
            md.append(String.format(Locale.ROOT,
                    "End to end / ceiling (%d task(s) a request, %d clients): %s / %s = **%.1f %%**; the machine's CPU per"
                            + " task %.2f ms in the fan-out against %.2f ms at the ceiling: the pipeline adds %.2f ms.%n%n",
                    ceiling.tasks, ceiling.result.clients, num(fan.rate), num(ceiling.result.rate),
                    fan.rate / ceiling.result.rate * 100, fanMs, ceilingMs, fanMs - ceilingMs));
            props.put("ceiling." + ceiling.result.clients + "." + ceiling.tasks + ".pipelineAddsMsPerTask",
                    String.format(Locale.ROOT, "%.2f", fanMs - ceilingMs));
        }
        md.append("| goal | measured | |\n|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| ≥ 2 000 tasks/s end to end (durable) | %s tasks/s | %s |%n", num(fan.rate), rateMet ? "**met**" : "**missed**"));
        md.append(String.format(Locale.ROOT, "| ≥ 50 %% of the bare rate | %.1f %% | %s |%n%n", ratio * 100, ratioMet ? "**met**" : "**missed**"));

        md.append("Tasks handed off during the measured phase: ").append(num(fan.handedOffRate)).append(" per second. ");
        md.append("Per service (measured phase): ").append(fan.perService).append(". ");
        md.append("Final task states after the drain: ").append(fan.statuses).append(fan.drained ? "" : " (**not all final**)").append(". ");
        md.append(fan.cases).append(" case POSTs in the fan-out, ").append(fan.submittedTasks).append(" tasks; about ")
                .append(fan.waitingAtStop).append(" waited for delivery when the submissions stopped; the submitters waited for the backlog ")
                .append(fan.throttled).append(" times.\n\n");
        if (!fan.errorSamples.isEmpty()) {
            md.append(moving() ? "POST and consent errors, e.g.: " : "POST errors, e.g.: ").append(fan.errorSamples)
                    .append("\n\n");
        }

        md.append("## CPU (cores of ").append(cfg.cpus).append(")\n\n");
        md.append("| phase | machine busy | WildFly | PostgreSQL | simulator | Keycloak | this driver | other processes |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (BareResult b : bare) {
            md.append("| bare, ").append(b.clients).append(" clients | ").append(b.cpu.cells()).append(" |\n");
        }
        for (DurableCeiling durable : durables) {
            md.append("| durable ceiling").append(durable.rows.equals("shop") ? " with the shop's rows" : "")
                    .append(" via ").append(durable.via).append(", ").append(durable.tasks).append(" task(s) a request")
                    .append(durable.consent == 0 ? "" : " after " + durable.consent + " secured requests").append(" | ")
                    .append(durable.posts.cpu.cells()).append(" |\n");
        }
        for (Ceiling c : ceilings) {
            md.append("| ceiling, ").append(c.result.clients).append(" clients, ").append(c.tasks).append(" task(s) a request | ")
                    .append(c.result.cpu.cells()).append(" |\n");
        }
        floors.forEach((batch, floor) ->
                md.append("| durable floor, batches of ").append(batch).append(" | ").append(floor.cpu.cells()).append(" |\n"));
        md.append("| fan-out, measured | ").append(fan.cpu.cells()).append(" |\n");
        if (fan.drainCpu != null) {
            md.append("| fan-out, drain | ").append(fan.drainCpu.cells()).append(" |\n");
        }
        md.append("\n\"Other processes\" is the machine's busy time less the processes above (kernel included): ")
                .append("other people's work on the same machine shows there.\n\n");
        md.append("Other processes that used the most CPU during the whole run (average over the run):\n\n");
        for (String other : cpu.topOthers(6)) {
            md.append("- ").append(other.replace("|", "\\|")).append("\n");
        }
        md.append("\n");
        md.append("Files: `timeline.tsv` (task states every second), `cpu-samples.tsv`, `result.properties`.\n");
        Files.writeString(cfg.results.resolve("results.md"), md.toString());

        for (DurableCeiling durable : durables) {
            String p = "durableCeiling." + (durable.rows.equals("shop") ? "shop." : "")
                    + (durable.via.equals("jdk") ? "" : durable.via + ".") + durable.tasks
                    + (durable.consent == 0 ? "" : ".consent") + ".";
            props.put(p + "completed", Long.toString(durable.completed));
            props.put(p + "failed", Long.toString(durable.failed));
            props.put(p + "rate", num(durable.rate));
            props.put(p + "acceptedRate", num(durable.posts.rate));
            props.put(p + "heldBack", Integer.toString(durable.held));
            durable.latency.put(props, p + "latencyMs.");
            durable.posts.cpu.put(props, p + "cpu.");
        }
        for (Ceiling ceiling : ceilings) {
            BareResult c = ceiling.result;
            String p = "ceiling." + c.clients + "." + ceiling.tasks + ".";
            props.put(p + "requests", Long.toString(c.requests));
            props.put(p + "errors", Long.toString(c.errors));
            props.put(p + "rate", num(c.rate));
            c.latency.put(props, p + "latencyMs.");
            c.cpu.put(props, p + "cpu.");
        }
        floors.forEach((batch, floor) -> {
            String p = "floor." + batch + ".";
            props.put(p + "clients", Integer.toString(floor.clients));
            props.put(p + "tasks", Long.toString(floor.requests));
            props.put(p + "errors", Long.toString(floor.errors));
            props.put(p + "rate", num(floor.rate));
            floor.latency.put(props, p + "latencyMs.");
            floor.cpu.put(props, p + "cpu.");
        });
        props.put("shape", cfg.shape);
        props.put("tasksPerCase", Integer.toString(fan.tasksPerCase));
        for (BareResult b : bare) {
            String p = "bare." + b.clients + ".";
            props.put(p + "requests", Long.toString(b.requests));
            props.put(p + "errors", Long.toString(b.errors));
            props.put(p + "rate", num(b.rate));
            b.latency.put(props, p + "latencyMs.");
            b.cpu.put(props, p + "cpu.");
        }
        props.put("fanout.completedInWindow", Long.toString(fan.completedInWindow));
        props.put("fanout.rate", num(fan.rate));
        props.put("fanout.handedOffRate", num(fan.handedOffRate));
        fan.latency.put(props, "fanout.handOffToCompletionMs.");
        fan.idle.put(props, "idle.handOffToCompletionMs.");
        props.put("fanout.postRate", num(fan.postRate));
        fan.posts.put(props, "fanout.postLatencyMs.");
        props.put("fanout.postErrors", Integer.toString(fan.postErrors));
        if (moving()) {
            props.put("fanout.consentsMeasured", Integer.toString(fan.consentsMeasured));
            fan.consents.put(props, "fanout.consentLatencyMs.");
            props.put("fanout.consentErrors", Integer.toString(fan.consentErrors));
        }
        props.put("fanout.drainTasks", Long.toString(fan.drainTasks));
        props.put("fanout.drainSeconds", num(fan.drainSeconds));
        props.put("fanout.drainRate", num(fan.drainRate));
        props.put("fanout.drained", Boolean.toString(fan.drained));
        props.put("fanout.statuses", fan.statuses.toString());
        fan.cpu.put(props, "fanout.cpu.");
        if (fan.drainCpu != null) {
            fan.drainCpu.put(props, "fanout.drainCpu.");
        }
        props.put("ratio", String.format(Locale.ROOT, "%.4f", ratio));
        props.put("goal.rate2000", rateMet ? "met" : "missed");
        props.put("goal.ratio50", ratioMet ? "met" : "missed");
        StringBuilder text = new StringBuilder();
        props.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Files.writeString(cfg.results.resolve("result.properties"), text.toString());

        System.out.println();
        System.out.println(md);
    }

    static String num(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%,.1f" : "%.1f", value).replace(",", " ");
    }

    static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }

    // ---------------------------------------------------------------------------------------------
    // Plumbing

    /** The ceiling's figures for a count of agency requests per relayed request. */
    record Ceiling(int tasks, BareResult result) {}

    /** A closed loop's figures; {@code requests} counts the tasks completed (a bare request is one task). */
    record BareResult(int clients, long requests, long errors, double rate, Percentiles latency, long from, long to,
            CpuWindow cpu, List<String> errorSamples) {}

    record FanResult(int tasksPerCase, Percentiles idle, long completedInWindow, double rate, double handedOffRate, Percentiles latency,
            Map<String, String> perService, int postsMeasured, double postRate, Percentiles posts, int postErrors,
            int consentsMeasured, Percentiles consents, int consentErrors, List<String> errorSamples, int throttled, long waitingAtStop, long drainTasks, double drainRate,
            double drainSeconds, boolean drained, Map<String, Long> statuses, int cases, long submittedTasks,
            long measureFrom, long measureTo, long stoppedAt, long drainedAt, CpuWindow cpu, CpuWindow drainCpu) {}

    record Percentiles(long count, double p50, double p95, double p99, double p999, double max) {
        /** Percentiles of sorted values, divided by {@code unit} (micros to millis: 1000). */
        static Percentiles of(long[] sorted, double unit) {
            if (sorted.length == 0) {
                return new Percentiles(0, 0, 0, 0, 0, 0);
            }
            return new Percentiles(sorted.length, at(sorted, 0.5) / unit, at(sorted, 0.95) / unit, at(sorted, 0.99) / unit,
                    at(sorted, 0.999) / unit, sorted[sorted.length - 1] / unit);
        }

        static double at(long[] sorted, double q) {
            int index = (int) Math.ceil(q * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }

        String cells() {
            return String.format(Locale.ROOT, "%s | %s | %s | %s | %s", ms(p50), ms(p95), ms(p99), ms(p999), ms(max));
        }

        static String ms(double value) {
            return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
        }

        void put(Map<String, String> props, String prefix) {
            props.put(prefix + "count", Long.toString(count));
            props.put(prefix + "p50", ms(p50));
            props.put(prefix + "p95", ms(p95));
            props.put(prefix + "p99", ms(p99));
            props.put(prefix + "p999", ms(p999));
            props.put(prefix + "max", ms(max));
        }
    }

    static final class LongList {
        private long[] values = new long[4096];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** A clerk's bearer token (password grant of the dev CLI client), renewed every 2 minutes (it lives 5). */
    final class Tokens {
        private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
        private String token;
        private long fetchedAt;

        synchronized String get() throws InterruptedException {
            if (token == null || System.currentTimeMillis() - fetchedAt > 120_000) {
                token = fetch();
                fetchedAt = System.currentTimeMillis();
            }
            return token;
        }

        synchronized void invalidate() {
            token = null;
        }

        private String fetch() throws InterruptedException {
            String form = "grant_type=password&client_id=citizen-shop-dev-cli&username="
                    + URLEncoder.encode(cfg.clerk, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(cfg.password, StandardCharsets.UTF_8);
            String last = "";
            for (int tries = 0; tries < 10; tries++) {
                try {
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(cfg.tokenUrl)
                                    .timeout(Duration.ofSeconds(20))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(form))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    Matcher m = ACCESS_TOKEN.matcher(answer.body());
                    if (answer.statusCode() == 200 && m.find()) {
                        return m.group(1);
                    }
                    last = answer.statusCode() + " " + abbreviate(answer.body());
                } catch (IOException e) {
                    last = e.toString();
                }
                Thread.sleep(2000);
            }
            throw new IllegalStateException("no token from " + cfg.tokenUrl + ": " + last);
        }
    }

    /** SQL through psql, tab-separated rows. */
    static final class Db {
        private final Config cfg;

        Db(Config cfg) {
            this.cfg = cfg;
        }

        List<String[]> rows(String sql) {
            ProcessBuilder builder = new ProcessBuilder(cfg.psql, "-X", "-q", "-At", "-F", "\t", "-v", "ON_ERROR_STOP=1",
                    "-h", "127.0.0.1", "-p", cfg.pgPort, "-U", cfg.pgUser, "-d", cfg.pgDb, "-c", sql);
            builder.environment().put("PGPASSWORD", cfg.pgPassword);
            try {
                Process psql = builder.start();
                CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> {
                    try {
                        return new String(psql.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        return e.toString();
                    }
                });
                String out = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!psql.waitFor(60, TimeUnit.SECONDS)) {
                    psql.destroyForcibly();
                    throw new IllegalStateException("psql took more than 60 s: " + sql);
                }
                if (psql.exitValue() != 0) {
                    throw new IllegalStateException("psql failed (" + psql.exitValue() + "): " + errors.join() + " for " + sql);
                }
                List<String[]> rows = new ArrayList<>();
                for (String line : out.split("\n")) {
                    if (!line.isEmpty()) {
                        rows.add(line.split("\t", -1));
                    }
                }
                return rows;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        String one(String sql) {
            List<String[]> rows = rows(sql);
            return rows.isEmpty() ? "" : rows.get(0)[0];
        }
    }

    /** CPU cores used in a window, per part. */
    record CpuWindow(double seconds, double machine, double wildfly, double postgresql, double simulator,
            double keycloak, double driver, double other) {
        String cells() {
            return String.format(Locale.ROOT, "%.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f", machine, wildfly, postgresql,
                    simulator, keycloak, driver, other);
        }

        void put(Map<String, String> props, String prefix) {
            props.put(prefix + "machine", String.format(Locale.ROOT, "%.2f", machine));
            props.put(prefix + "wildfly", String.format(Locale.ROOT, "%.2f", wildfly));
            props.put(prefix + "postgresql", String.format(Locale.ROOT, "%.2f", postgresql));
            props.put(prefix + "simulator", String.format(Locale.ROOT, "%.2f", simulator));
            props.put(prefix + "keycloak", String.format(Locale.ROOT, "%.2f", keycloak));
            props.put(prefix + "driver", String.format(Locale.ROOT, "%.2f", driver));
            props.put(prefix + "other", String.format(Locale.ROOT, "%.2f", other));
        }
    }

    /**
     * Samples /proc every second: the machine's busy ticks and each part's (user + system) ticks, accumulated per part
     * from each process's increase since the previous sample (processes that start and end between two samples, like
     * psql, are missed: a few milliseconds each).
     */
    static final class Cpu {
        static final String[] PARTS = {"wildfly", "postgresql", "simulator", "keycloak", "driver"};
        private final Config cfg;
        private final List<long[]> samples = new CopyOnWriteArrayList<>(); // millis, busy, all, parts...
        private volatile boolean stopped;
        private final StringBuilder tsv = new StringBuilder("epochMillis\tmachineBusy\tmachineTotal\twildfly\tpostgresql\tsimulator\tkeycloak\tdriver\n");

        Cpu(Config cfg) {
            this.cfg = cfg;
        }

        void stop() {
            stopped = true;
        }

        void sample() {
            Map<Long, Long> last = new HashMap<>();
            Map<Long, Long> lastOther = new HashMap<>();
            long[] totals = new long[PARTS.length];
            long self = ProcessHandle.current().pid();
            while (!stopped) {
                try {
                    String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                    long busy = Long.parseLong(cpu[1]) + Long.parseLong(cpu[2]) + Long.parseLong(cpu[3])
                            + Long.parseLong(cpu[6]) + Long.parseLong(cpu[7]) + Long.parseLong(cpu[8]);
                    long all = busy + Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
                    Map<Long, Long> now = new HashMap<>();
                    Map<Long, Long> nowOther = new HashMap<>();
                    try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                        for (Path proc : procs) {
                            String stat;
                            try {
                                stat = Files.readString(proc.resolve("stat"));
                            } catch (IOException e) {
                                continue;
                            }
                            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                            long pid = Long.parseLong(proc.getFileName().toString());
                            long ppid = Long.parseLong(f[1]);
                            long pgrp = Long.parseLong(f[2]);
                            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                            int part = -1;
                            if (pgrp == cfg.wildflyPgid) {
                                part = 0;
                            } else if (pid == cfg.postmasterPid || ppid == cfg.postmasterPid) {
                                part = 1;
                            } else if (pgrp == cfg.simPgid) {
                                part = 2;
                            } else if (pgrp == cfg.keycloakPgid) {
                                part = 3;
                            } else if (pid == self || ppid == self) {
                                part = 4;
                            }
                            if (part < 0) {
                                // Someone else's process: its increase is kept, to name what else ran.
                                Long before = lastOther.get(pid);
                                if (before != null && ticks > before) {
                                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                                    others.merge(pid + " " + name + command(proc), ticks - before, Long::sum);
                                }
                                nowOther.put(pid, ticks);
                                continue;
                            }
                            now.put(pid, ticks);
                            Long before = last.get(pid);
                            if (before != null) {
                                totals[part] += Math.max(0, ticks - before);
                            } else if (!samples.isEmpty()) {
                                totals[part] += ticks; // started since the last sample
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    last = now;
                    lastOther = nowOther;
                    long[] sample = new long[3 + PARTS.length];
                    sample[0] = System.currentTimeMillis();
                    sample[1] = busy;
                    sample[2] = all;
                    System.arraycopy(totals, 0, sample, 3, PARTS.length);
                    samples.add(sample);
                    StringBuilder row = new StringBuilder();
                    for (int i = 0; i < sample.length; i++) {
                        row.append(i == 0 ? "" : "\t").append(sample[i]);
                    }
                    tsv.append(row).append('\n');
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                } catch (IOException | RuntimeException e) {
                    log("cpu sampler: %s", e);
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException ie) {
                        return;
                    }
                }
            }
            try {
                Files.writeString(cfg.results.resolve("cpu-samples.tsv"), tsv.toString());
            } catch (IOException e) {
                log("cpu samples not written: %s", e);
            }
        }

        private final Map<String, Long> others = new java.util.concurrent.ConcurrentHashMap<>();

        private static String command(Path proc) {
            try {
                String line = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ').trim();
                return line.isEmpty() ? "" : ": " + (line.length() > 110 ? line.substring(0, 110) + "…" : line);
            } catch (IOException e) {
                return "";
            }
        }

        /** The other processes that used the most CPU while the driver ran, with their average cores. */
        List<String> topOthers(int n) {
            long span = samples.size() < 2 ? 1 : samples.get(samples.size() - 1)[0] - samples.get(0)[0];
            return others.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(n)
                    .map(e -> String.format(Locale.ROOT, "%.2f cores: %s", e.getValue() / (double) cfg.clkTck / (span / 1000.0), e.getKey()))
                    .toList();
        }

        /** Cores used between the first sample at or after {@code from} and the last at or before {@code to}. */
        CpuWindow window(long from, long to) {
            long[] a = null;
            long[] b = null;
            for (long[] s : samples) {
                if (a == null && s[0] >= from) {
                    a = s;
                }
                if (s[0] <= to) {
                    b = s;
                }
            }
            if (a == null || b == null || b[0] <= a[0]) {
                return new CpuWindow(0, 0, 0, 0, 0, 0, 0, 0);
            }
            double seconds = (b[0] - a[0]) / 1000.0;
            double cores = cfg.cpus;
            double machine = (b[1] - a[1]) / (double) (b[2] - a[2]) * cores;
            double[] parts = new double[PARTS.length];
            double sum = 0;
            for (int i = 0; i < PARTS.length; i++) {
                parts[i] = (b[3 + i] - a[3 + i]) / (double) cfg.clkTck / seconds;
                sum += parts[i];
            }
            return new CpuWindow(seconds, machine, parts[0], parts[1], parts[2], parts[3], parts[4], Math.max(0, machine - sum));
        }
    }

    record Config(String shopUrl, URI tokenUrl, String simUrl, Path results, String psql, String pgPort, String pgDb,
            String pgUser, String pgPassword, String clerk, String password, int warmUpSeconds, int durationSeconds,
            int[] bareClients, int submitters, int backlog, int drainSeconds, String shape, long wildflyPgid,
            long keycloakPgid, long simPgid, long postmasterPid, int clkTck, int cpus, String command, String date,
            String commit, String uncommitted, String machine, int floorClients, int[] floorBatches, String jdbcUrl,
            int casesWarmUpSeconds, int irnRatePerSecond, String relayUrl, int[] relayClients, int[] relayTasks,
            boolean relayDurable, String[] relayVias, String[] relayRows) {

        static Config fromEnvironment() {
            String shape = System.getenv().getOrDefault("FANOUT_SHAPE", "cert");
            if (!shape.equals("cert") && !shape.equals("moving")) {
                throw new IllegalStateException("FANOUT_SHAPE must be cert or moving: " + shape);
            }
            return new Config(
                    required("FANOUT_SHOP_URL"),
                    URI.create(required("FANOUT_TOKEN_URL")),
                    required("FANOUT_SIM_URL"),
                    Path.of(required("FANOUT_RESULTS")),
                    required("PSQL"),
                    required("PG_PORT"),
                    required("PG_DB"),
                    required("PG_USER"),
                    required("PG_PASSWORD"),
                    System.getenv().getOrDefault("FANOUT_CLERK", "clerk1"),
                    System.getenv().getOrDefault("FANOUT_CLERK_PASSWORD", "citizen-shop-dev"),
                    Integer.parseInt(required("FANOUT_WARMUP_SECONDS")),
                    Integer.parseInt(required("FANOUT_DURATION_SECONDS")),
                    Arrays.stream(required("FANOUT_BARE_CLIENTS").trim().split("\\s+")).mapToInt(Integer::parseInt).toArray(),
                    Integer.parseInt(required("FANOUT_SUBMITTERS")),
                    Integer.parseInt(required("FANOUT_BACKLOG")),
                    Integer.parseInt(required("FANOUT_DRAIN_SECONDS")),
                    shape,
                    Long.parseLong(required("FANOUT_WILDFLY_PGID")),
                    Long.parseLong(required("FANOUT_KEYCLOAK_PGID")),
                    Long.parseLong(required("FANOUT_SIM_PGID")),
                    Long.parseLong(required("FANOUT_POSTMASTER_PID")),
                    Integer.parseInt(required("FANOUT_CLK_TCK")),
                    Runtime.getRuntime().availableProcessors(),
                    required("FANOUT_COMMAND"),
                    required("FANOUT_DATE"),
                    required("FANOUT_COMMIT"),
                    required("FANOUT_UNCOMMITTED"),
                    required("FANOUT_MACHINE"),
                    Integer.parseInt(System.getenv().getOrDefault("FANOUT_FLOOR_CLIENTS", "16")),
                    Arrays.stream(System.getenv().getOrDefault("FANOUT_FLOOR_BATCHES", "1 64").trim().split("\\s+"))
                            .filter(batch -> !batch.equals("none"))
                            .mapToInt(Integer::parseInt)
                            .toArray(),
                    "jdbc:postgresql://127.0.0.1:" + required("PG_PORT") + "/" + required("PG_DB"),
                    Integer.parseInt(required("FANOUT_CASES_WARMUP_SECONDS")),
                    Integer.parseInt(required("AGENCY_IRN_RATE_PER_SECOND")),
                    System.getenv("FANOUT_RELAY_URL"),
                    Arrays.stream(System.getenv().getOrDefault("FANOUT_RELAY_CLIENTS", "16").trim().split("\\s+"))
                            .filter(clients -> !clients.equals("none"))
                            .mapToInt(Integer::parseInt)
                            .toArray(),
                    Arrays.stream(System.getenv().getOrDefault("FANOUT_RELAY_TASKS", "1 4").trim().split("\\s+"))
                            .mapToInt(Integer::parseInt)
                            .toArray(),
                    !System.getenv().getOrDefault("FANOUT_RELAY_DURABLE", "yes").equals("no"),
                    System.getenv().getOrDefault("FANOUT_RELAY_VIA", "jdk camel").trim().split("\\s+"),
                    System.getenv().getOrDefault("FANOUT_RELAY_ROWS", "relay shop").trim().split("\\s+"));
        }

        private static String required(String name) {
            String value = System.getenv(name);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("environment variable " + name + " is not set (run bin/fanout)");
            }
            return value;
        }
    }
}
