/*
 * The driver of bin/reliability (issue 5): a client of the running system that submits births through the
 * REST API, waits for their cases to complete and checks, against PostgreSQL (psql) and the agency simulator's
 * effect logs, that every task reached its agency exactly once. It starts and stops nothing: bin/reliability
 * starts the services, crashes and restarts WildFly, and passes everything the driver needs in the environment.
 *
 * A birth is a life event: since issue 6 its case is opened only under the applicant's consent, given on the
 * customer display of the clerk's desk (docs/privacy.md). Once, the clerk signs in at DESK and pairs a display
 * with it; then, before each POST /api/v1/cases, the driver asks the consent (POST /api/v1/consents) and answers
 * it on the display (POST /api/v1/customer-displays/current/answers). The latency it reports for the POSTs
 * (submit.latency) is the case POST's alone; the consent's two calls are timed apart (consent.latency).
 *
 *     java bin/reliability-driver/Reliability.java crash|outage
 *
 * Only the JDK is used (java.net.http and a small JSON reader), so the file runs as it is on Java 17.
 * Exit status: 0 when every check passed, 3 when a check failed, 1 when the run itself could not be done.
 */

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

public final class Reliability {

    static final String SHOP = "LX-LARANJEIRAS";
    /** The desk the births are submitted at (the mediator desk: nothing else uses it in a run of bin/reliability). */
    static final String DESK = "LXL-08";
    /** The applicant of every birth (its mother), whose consent each birth needs. */
    static final String APPLICANT = "12345678";
    /** The citizen card the applicant shows at the desk (the registry's seeded card of 12345678), its photo checked. */
    static final String APPLICANT_CARD = "123456782ZZ6";
    static final String STREET = "Rua da Fiabilidade ";
    static final Set<String> FINAL = Set.of("COMPLETED", "REJECTED", "CANCELLED");
    /** The agencies a birth goes to; their effect logs are compared with the shop's tasks. */
    static final List<String> BIRTH_AGENCIES = List.of("irn", "at", "iss", "sns");

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final String scenario;
    private final Config cfg;
    private final HttpClient http;
    private final Tokens tokens;
    private final Db db;
    private final List<Check> checks = new ArrayList<>();
    /** Figures of the run, in order: written to result.properties and summary.md. */
    private final Map<String, String> figures = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final long startedAt = System.currentTimeMillis();
    /** The X-Display-Token of the customer display paired with DESK (set once, before the births). */
    private String displayToken;

    public static void main(String[] args) {
        if (args.length != 1 || !(args[0].equals("crash") || args[0].equals("outage"))) {
            System.err.println("usage: java Reliability.java crash|outage (run by bin/reliability, which sets the environment)");
            System.exit(2);
        }
        int status;
        Reliability run = null;
        try {
            run = new Reliability(args[0], Config.fromEnvironment());
            status = run.run();
        } catch (Exception | AssertionError failure) {
            log("ERROR: the %s scenario could not be run: %s", args[0], failure);
            failure.printStackTrace(System.out);
            if (run != null) {
                run.figures.put("error", String.valueOf(failure));
                run.writeResults();
            }
            status = 1;
        }
        System.out.flush();
        System.exit(status);
    }

    Reliability(String scenario, Config cfg) throws IOException {
        this.scenario = scenario;
        this.cfg = cfg;
        Files.createDirectories(cfg.results);
        logFile = cfg.results.resolve("driver.log");
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.tokens = new Tokens();
        this.db = new Db(cfg);
    }

    int run() throws Exception {
        figures.put("scenario", scenario);
        figures.put("startedAt", Instant.ofEpochMilli(startedAt).toString());
        log("scenario %s: shop %s, simulator %s, results %s", scenario, cfg.shopUrl, cfg.simUrl, cfg.results);
        awaitServer("the server", Duration.ofMinutes(2));
        tokens.get();
        pairDisplay();
        if (scenario.equals("crash")) {
            crash();
        } else {
            outage();
        }
        figures.put("totalSeconds", seconds(System.currentTimeMillis() - startedAt));
        writeResults();
        log("");
        log("%s: %d checks, %d failed", scenario, checks.size(), checks.stream().filter(c -> !c.ok).count());
        for (Check check : checks) {
            log("  %s %s — %s", check.ok ? "ok    " : "FAILED", check.name, check.detail);
        }
        log("figures and details: %s, %s", cfg.results.resolve("summary.md"), cfg.results.resolve("problems.txt"));
        return checks.stream().allMatch(c -> c.ok) ? 0 : 3;
    }

    // ---------------------------------------------------------------------------------------------
    // Scenario (a): WildFly killed while the cases fan out

    private void crash() throws Exception {
        Submissions subs = new Submissions();
        log("submitting %d births with %d concurrent clients; bin/reliability kills the WildFly JVM after %s",
                cfg.cases, cfg.clients, "a random share of them is accepted (progress in " + cfg.progressFile + ")");
        long submitStart = System.currentTimeMillis();
        AtomicInteger next = new AtomicInteger(1);
        ExecutorService clients = Executors.newFixedThreadPool(cfg.clients, daemon("client"));
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < cfg.clients; c++) {
            running.add(clients.submit(() -> {
                for (int index = next.getAndIncrement(); index <= cfg.cases; index = next.getAndIncrement()) {
                    submitOne(subs, index);
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        clients.shutdown();
        long submitEnd = System.currentTimeMillis();
        log("submissions done in %s s: %d cases accepted", seconds(submitEnd - submitStart), subs.accepted.size());
        reportSubmissions(subs, submitStart, submitEnd);

        Properties crash = crashEvents();
        long completion = waitForCompletion(subs, null);
        figures.put("completionSecondsAfterSubmissions", completion < 0 ? "not reached" : seconds(completion));
        if (crash.getProperty("killedAt") != null) {
            long restarted = Long.parseLong(crash.getProperty("restartedAt", "0"));
            figures.put(
                    "completionSecondsAfterRestart",
                    completion < 0 ? "not reached" : seconds(submitEnd + completion - restarted));
        }
        Map<String, List<Task>> tasks = checkCasesAndTasks(subs);
        checkEffects(tasks);
    }

    private Properties crashEvents() throws IOException {
        Properties crash = new Properties();
        if (cfg.crashEvents != null && Files.exists(cfg.crashEvents)) {
            try (InputStream in = Files.newInputStream(cfg.crashEvents)) {
                crash.load(in);
            }
        }
        String killed = crash.getProperty("killedAt");
        check("WildFly was killed while the cases fanned out",
                killed != null,
                killed == null
                        ? "no crash recorded in " + cfg.crashEvents
                        : "kill -9 of JVM " + crash.getProperty("jvmPid") + " at " + instant(killed) + " after "
                                + crash.getProperty("acceptedAtKill") + " of " + cfg.cases + " cases were accepted"
                                + " (target " + crash.getProperty("crashAt") + "); tasks then: "
                                + crash.getProperty("tasksAtKill"));
        if (killed != null) {
            long killedAt = Long.parseLong(killed);
            long restartedAt = Long.parseLong(crash.getProperty("restartedAt"));
            figures.put("crash.killedAt", instant(killed));
            figures.put("crash.secondsAfterStart", seconds(killedAt - startedAt));
            figures.put("crash.acceptedAtKill", crash.getProperty("acceptedAtKill") + " of " + cfg.cases
                    + " (target " + crash.getProperty("crashAt") + ")");
            figures.put("crash.tasksAtKill", crash.getProperty("tasksAtKill"));
            figures.put("crash.preparedTransactionsAfterRestart", crash.getProperty("preparedAfterRestart", "?"));
            figures.put("crash.restartSeconds", seconds(restartedAt - killedAt)
                    + " (kill to the EAR deployed again; wildfly.sh start alone "
                    + seconds(restartedAt - Long.parseLong(crash.getProperty("restartStartedAt"))) + ")");
        }
        return crash;
    }

    // ---------------------------------------------------------------------------------------------
    // Scenario (b): the tax authority down for several minutes, then back

    private void outage() throws Exception {
        setDown("at", true);
        long downAt = System.currentTimeMillis();
        figures.put("outage.atDownAt", Instant.ofEpochMilli(downAt).toString());
        int total = (int) Math.round(cfg.rate * cfg.outageSeconds);
        log("AT (tax authority) is down; submitting %d births at %s per second for %d s; every POST must answer 201",
                total, cfg.rate, cfg.outageSeconds);
        Submissions subs = new Submissions();
        AtomicInteger atDeadLettersSeen = new AtomicInteger();
        AtomicInteger atEffectsWhileDown = new AtomicInteger();
        ScheduledExecutorService monitor = Executors.newSingleThreadScheduledExecutor(daemon("monitor"));
        long submitStart = System.currentTimeMillis();
        monitor.scheduleAtFixedRate(
                () -> {
                    try {
                        Map<String, Map<String, Long>> counts = taskCounts();
                        long failed = counts.getOrDefault("at", Map.of()).getOrDefault("FAILED", 0L);
                        atDeadLettersSeen.accumulateAndGet((int) failed, Math::max);
                        int effects = effects("at").size();
                        atEffectsWhileDown.accumulateAndGet(effects, Math::max);
                        log("outage %s s: %d POSTs answered 201 (%d not), latency %s; %d consents (%d calls failed);"
                                        + " AT effects %d; tasks %s; AT tries max %s",
                                seconds(System.currentTimeMillis() - submitStart),
                                subs.answered201.get(),
                                subs.irregular.size(),
                                latencies(subs.takeWindow()),
                                subs.consents.get(),
                                subs.consentIrregular.size(),
                                effects,
                                describe(counts),
                                db.one("select coalesce(max(t.failed_attempts), 0) from case_task t"
                                        + " join public_service s on s.id = t.service_id join agency a on a.id = s.agency_id"
                                        + " where lower(a.code) = 'at'"));
                    } catch (Exception e) {
                        log("monitor: %s", e);
                    }
                },
                30,
                30,
                TimeUnit.SECONDS);

        ExecutorService senders = Executors.newCachedThreadPool(daemon("sender"));
        List<Future<?>> sent = new ArrayList<>();
        long start = System.nanoTime();
        for (int k = 0; k < total; k++) {
            long due = start + (long) (k * 1e9 / cfg.rate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int index = k + 1;
            sent.add(senders.submit(() -> {
                submitOne(subs, index);
                return null;
            }));
        }
        for (Future<?> one : sent) {
            one.get();
        }
        senders.shutdown();
        monitor.shutdownNow();
        long submitEnd = System.currentTimeMillis();
        log("submissions done in %s s: %d cases accepted", seconds(submitEnd - submitStart), subs.accepted.size());
        reportSubmissions(subs, submitStart, submitEnd);

        Map<String, Map<String, Long>> before = taskCounts();
        int effectsBefore = effects("at").size();
        atEffectsWhileDown.accumulateAndGet(effectsBefore, Math::max);
        long returnAt = System.currentTimeMillis();
        setDown("at", false);
        log("AT is back at %s (down for %s s); tasks then: %s",
                Instant.ofEpochMilli(returnAt), seconds(returnAt - downAt), describe(before));
        figures.put("outage.atBackAt", Instant.ofEpochMilli(returnAt).toString());
        figures.put("outage.seconds", seconds(returnAt - downAt));
        figures.put("outage.tasksAtReturn", describe(before));
        check("AT applied nothing while it was down",
                atEffectsWhileDown.get() == 0,
                "AT effects before its return: " + atEffectsWhileDown.get());

        long completion = waitForCompletion(subs, atDeadLettersSeen);
        figures.put("completionSecondsAfterReturn", completion < 0 ? "not reached" : seconds(completion));
        check("no AT task became a dead letter (FAILED)",
                atDeadLettersSeen.get() == 0,
                "most AT tasks FAILED at one time: " + atDeadLettersSeen.get() + " (max deliveries "
                        + cfg.maxDeliveryAttempts + ")");

        Map<String, List<Task>> tasks = checkCasesAndTasks(subs);
        for (String agency : List.of("irn", "sns")) {
            figures.put("outage.delivery." + agency + ".handedOffWhileAtDown",
                    deliveryTimes(tasks.getOrDefault(agency, List.of()), t -> t.handedOffAt != null && t.handedOffAt < returnAt));
        }
        List<Task> at = tasks.getOrDefault("at", List.of());
        long bound = 60_000L + cfg.atMarginSeconds * 1000L;
        List<Task> late = new ArrayList<>();
        List<Task> early = new ArrayList<>();
        long last = Long.MIN_VALUE;
        List<Long> afterReturn = new ArrayList<>();
        for (Task task : at) {
            if (task.finishedAt == null) {
                late.add(task);
                continue;
            }
            long after = task.finishedAt - returnAt;
            afterReturn.add(after);
            last = Math.max(last, after);
            if (after > bound) {
                late.add(task);
            }
            if (after < 0) {
                early.add(task);
            }
        }
        Collections.sort(afterReturn);
        String distribution = afterReturn.isEmpty()
                ? "none"
                : "first " + seconds(afterReturn.get(0)) + " s, median "
                        + seconds(afterReturn.get(afterReturn.size() / 2)) + " s, 95 % "
                        + seconds(afterReturn.get((int) Math.min(afterReturn.size() - 1, Math.ceil(afterReturn.size() * 0.95) - 1)))
                        + " s, last " + seconds(last) + " s";
        figures.put("outage.atTasks", String.valueOf(at.size()));
        figures.put("outage.atCompletedAfterReturn", distribution);
        figures.put("outage.atLastCompletedSecondsAfterReturn", afterReturn.isEmpty() ? "none" : seconds(last));
        figures.put("outage.atMaxFailedAttempts",
                String.valueOf(at.stream().mapToInt(t -> t.failedAttempts).max().orElse(0)));
        check("every AT task completed within 60 s + " + cfg.atMarginSeconds + " s of AT's return",
                late.isEmpty() && !at.isEmpty(),
                at.size() + " AT tasks; after the return: " + distribution + "; later than "
                        + seconds(bound) + " s or unfinished: " + late.size());
        check("no AT task completed before AT's return", early.isEmpty(), early.size() + " completed earlier");
        if (!late.isEmpty()) {
            problem("AT tasks completed later than " + seconds(bound) + " s after the return (or not at all): "
                    + late.size());
            late.stream().limit(20).forEach(t -> problem("  " + t));
            serverLogAbout(late.stream().limit(3).map(t -> t.key).toList());
        }
        checkEffects(tasks);
    }

    private void setDown(String agency, boolean down) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(cfg.simUrl + "/admin/agencies/" + agency + "/behaviour"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"down\":" + down + "}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 || !Boolean.valueOf(down).equals(asObject(Json.parse(answer.body())).get("down"))) {
            throw new IllegalStateException("the simulator did not switch " + agency + " down=" + down + ": "
                    + answer.statusCode() + " " + answer.body());
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Submitting a birth, honestly: a POST without an answer may or may not have committed

    /**
     * Submits birth number {@code index} until the shop has exactly one case for it (or gives up). Each try first
     * gets a new consent; one whose case POST did not commit is left unused.
     */
    private void submitOne(Submissions subs, int index) throws InterruptedException {
        int refusals = 0;
        while (true) {
            String consent = consent(subs, index);
            if (consent == null) {
                problem("birth " + index + " given up: its consent got 5 answers other than 201 (asked) or 200 (given)");
                return;
            }
            Attempt attempt = postCase(index, consent);
            if (attempt instanceof Answered answered) {
                if (answered.status == 201) {
                    String reference = text(asObject(Json.parse(answered.body)), "reference");
                    subs.answered201.incrementAndGet();
                    subs.latencies.add(answered.millis);
                    subs.accept(index, reference);
                    progress(subs);
                    return;
                }
                if (answered.status == 401 && refusals == 0) {
                    tokens.invalidate();
                }
                subs.answeredOther.incrementAndGet();
                subs.irregular.add("birth " + index + ": answered " + answered.status + " after " + answered.millis
                        + " ms: " + abbreviate(answered.body));
                log("birth %d: answered %d: %s", index, answered.status, abbreviate(answered.body));
                if (++refusals >= 5) {
                    problem("birth " + index + " given up after 5 answers other than 201");
                    return;
                }
                // An answered refusal should have committed nothing; the look-up below says whether it did.
                Thread.sleep(1000);
            } else {
                boolean sent = attempt instanceof NoAnswer;
                String error = sent ? ((NoAnswer) attempt).error : ((NotSent) attempt).error;
                (sent ? subs.noAnswer : subs.notSent).incrementAndGet();
                subs.irregular.add("birth " + index + ": " + (sent ? "sent, no answer: " : "not sent: ") + error);
                subs.firstFailureAt.compareAndSet(0, System.currentTimeMillis());
                awaitServer("the server (birth " + index + (sent ? " got no answer" : " could not be sent") + ")",
                        Duration.ofSeconds(cfg.waitSeconds));
                subs.backAt.accumulateAndGet(System.currentTimeMillis(), Math::max);
            }
            // Did the attempt that got no proper answer open the case after all?
            List<String> found = db.column("select reference from citizen_case where form_data::json->>'address' = "
                    + Db.literal(address(index)) + " order by id");
            if (found.size() == 1 && caseExists(found.get(0))) {
                if (attempt instanceof NoAnswer) {
                    subs.committedWithoutAnswer.incrementAndGet();
                    log("birth %d: the POST without an answer did open case %s (checked with GET)", index, found.get(0));
                } else {
                    subs.committedDespiteRefusal.incrementAndGet();
                    problem("birth " + index + ": case " + found.get(0) + " exists although its POST "
                            + (attempt instanceof Answered a ? "was answered " + a.status : "could not be sent"));
                    log("birth %d: case %s exists although its POST did not succeed", index, found.get(0));
                }
                subs.accept(index, found.get(0));
                progress(subs);
                return;
            }
            if (found.size() > 1) {
                problem("birth " + index + " has " + found.size() + " cases: " + found);
                subs.accept(index, found.get(0));
                return;
            }
            if (attempt instanceof NoAnswer) {
                subs.absentAfterNoAnswer.incrementAndGet();
                log("birth %d: its POST without an answer opened no case; submitting it again", index);
            }
        }
    }

    private boolean caseExists(String reference) throws InterruptedException {
        for (int tries = 0; tries < 3; tries++) {
            try {
                HttpResponse<String> found = http.send(
                        api("/cases/" + reference).header("Authorization", "Bearer " + tokens.get()).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (found.statusCode() == 200) {
                    return true;
                }
                if (found.statusCode() == 404) {
                    return false;
                }
                if (found.statusCode() == 401) {
                    tokens.invalidate();
                }
            } catch (IOException e) {
                log("GET case %s: %s", reference, e);
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("GET /cases/" + reference + " did not answer 200 or 404");
    }

    /**
     * The case POST of a birth under a consent. Its {@link Answered#millis} is the latency reported for the POSTs
     * (submit.latency): this request alone, from sending it to its answer; the consent's calls before it are not in it.
     */
    private Attempt postCase(int index, String consent) throws InterruptedException {
        HttpRequest request = api("/cases")
                .header("Authorization", "Bearer " + tokens.get())
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(birth(index, consent)))
                .build();
        inFlight.incrementAndGet();
        try {
            return send(request);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /**
     * The applicant's consent to a birth, as a desk gets it: asked at {@link #DESK} ({@code POST /consents}, the
     * clerk's token), then given on the desk's customer display ({@code POST /customer-displays/current/answers},
     * the display's token). Returns its id, or null after 5 answers other than 201 (asked) or 200 (given). A call
     * that could not be sent or got no answer is retried like the case POST: once the API answers again, with a
     * new consent (the one asked or given meanwhile is left unused). Timed in consent.latency, not in the POST's.
     */
    private String consent(Submissions subs, int index) throws InterruptedException {
        int refusals = 0;
        while (true) {
            long start = System.nanoTime();
            Attempt asked;
            Attempt given = null;
            String id = null;
            // One citizen at a time at a desk, as at a real counter: a desk asks one question at a time
            // (asking the next expires an unanswered one), so the clients take turns for this pair.
            synchronized (deskTurn) {
                asked = send(api("/consents")
                        .header("Authorization", "Bearer " + tokens.get())
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", "en")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"desk\":\"" + DESK
                                + "\",\"lifeEvent\":\"BIRTH\",\"civilId\":\"" + APPLICANT + "\"}"))
                        .build());
                if (asked instanceof Answered answered && answered.status == 201) {
                    id = text(asObject(Json.parse(answered.body)), "id");
                    given = send(api("/customer-displays/current/answers")
                            .header("X-Display-Token", displayToken)
                            .header("Content-Type", "application/json")
                            .header("Accept-Language", "en")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"consent\":\"" + id + "\",\"given\":true}"))
                            .build());
                }
            }
            String call = "POST /consents";
            Attempt failed = asked;
            if (given != null) {
                if (given instanceof Answered answer && answer.status == 200) {
                    subs.consents.incrementAndGet();
                    subs.consentLatencies.add(millisSince(start));
                    return id;
                }
                call = "the display's answer to consent " + id;
                failed = given;
            }
            if (failed instanceof Answered answered) {
                if (answered.status == 401 && refusals == 0) {
                    tokens.invalidate();
                }
                subs.consentAnsweredOther.incrementAndGet();
                subs.consentIrregular.add("birth " + index + ": " + call + " answered " + answered.status + " after "
                        + answered.millis + " ms: " + abbreviate(answered.body));
                log("birth %d: %s answered %d: %s", index, call, answered.status, abbreviate(answered.body));
                if (++refusals >= 5) {
                    return null;
                }
                Thread.sleep(1000);
            } else {
                boolean sent = failed instanceof NoAnswer;
                String error = sent ? ((NoAnswer) failed).error : ((NotSent) failed).error;
                (sent ? subs.consentNoAnswer : subs.consentNotSent).incrementAndGet();
                subs.consentIrregular.add("birth " + index + ": " + call + (sent ? ": sent, no answer: " : ": not sent: ")
                        + error);
                subs.firstFailureAt.compareAndSet(0, System.currentTimeMillis());
                awaitServer("the server (birth " + index + ": " + call + (sent ? " got no answer" : " could not be sent")
                        + ")", Duration.ofSeconds(cfg.waitSeconds));
                subs.backAt.accumulateAndGet(System.currentTimeMillis(), Math::max);
            }
        }
    }

    /** Sends a request to the shop: its answer (and how long it took), or why none came. */
    private Attempt send(HttpRequest request) throws InterruptedException {
        long start = System.nanoTime();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answered(answer.statusCode(), answer.body(), millisSince(start));
        } catch (IOException e) {
            if (connectFailure(e)) {
                return new NotSent(describe(e));
            }
            return new NoAnswer(describe(e), millisSince(start));
        }
    }

    private final AtomicInteger inFlight = new AtomicInteger();

    /** Held while a client asks a consent at {@link #DESK} and gives it on its display. */
    private final Object deskTurn = new Object();

    private static boolean connectFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The body of CaseApiIT.birth(...) as CustomerDisplays.consented(...) sends it: at {@link #DESK}, under the
     * consent given there; mother and applicant 12345678; the address tells the births apart.
     */
    static String birth(int index, String consent) {
        LocalDate born = LocalDate.now(ZoneId.of("Europe/Lisbon")).minusDays(7);
        return """
                {"shop":"%s","desk":"%s","consent":"%s","lifeEvent":"BIRTH","chosen":[],"applicantCivilId":"%s",
                 "document":{"type":"CITIZEN_CARD","number":"%s","checked":true},
                 "data":{"child.givenNames":"Maria Inês","child.surnames":"Silva Santos","child.birthDate":"%s",
                         "child.birthTime":"08:45","child.birthPlace":"Lisboa","child.sex":"F",
                         "mother.civilId":"%s","parents.maritalStatus":"MARRIED","address":"%s"}}
                """
                .formatted(SHOP, DESK, consent, APPLICANT, APPLICANT_CARD, born, APPLICANT, address(index));
    }

    static String address(int index) {
        return STREET + index + ", 1000-001 Lisboa";
    }

    private void progress(Submissions subs) {
        int accepted = subs.accepted.size();
        if (cfg.progressFile != null) {
            synchronized (this) {
                try {
                    Path temp = cfg.progressFile.resolveSibling(cfg.progressFile.getFileName() + ".tmp");
                    Files.writeString(temp, "accepted=" + accepted + "\n");
                    Files.move(temp, cfg.progressFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        if (accepted % 25 == 0) {
            log("%d cases accepted (%d POSTs in flight)", accepted, inFlight.get());
        }
    }

    /**
     * Once, before the births: the clerk signed in at {@link #DESK} ({@code POST /desks/{desk}/call-next} until
     * nobody waits there), a customer display registered ({@code POST /customer-displays}, anonymous) and paired
     * with the desk ({@code POST /customer-displays/pairings}). Both are kept in PostgreSQL: they outlive the
     * WildFly restart of the crash scenario.
     */
    private void pairDisplay() throws IOException, InterruptedException {
        for (int calls = 0; ; calls++) {
            if (calls == 500) {
                throw new IllegalStateException("desk " + DESK + " still has tickets after 500 calls");
            }
            HttpResponse<String> called = http.send(
                    api("/desks/" + DESK + "/call-next")
                            .header("Authorization", "Bearer " + tokens.get())
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(""))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (called.statusCode() == 204) {
                break;
            }
            if (called.statusCode() != 200) {
                throw new IllegalStateException("POST /desks/" + DESK + "/call-next answered " + called.statusCode()
                        + ": " + abbreviate(called.body()));
            }
        }
        HttpResponse<String> registered = http.send(
                api("/customer-displays")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(""))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (registered.statusCode() != 201) {
            throw new IllegalStateException("POST /customer-displays answered " + registered.statusCode() + ": "
                    + abbreviate(registered.body()));
        }
        Map<String, Object> display = asObject(Json.parse(registered.body()));
        String pairingCode = text(display, "pairingCode");
        HttpResponse<String> paired = http.send(
                api("/customer-displays/pairings")
                        .header("Authorization", "Bearer " + tokens.get())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"desk\":\"" + DESK + "\",\"pairingCode\":\"" + pairingCode + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (paired.statusCode() != 204) {
            throw new IllegalStateException("POST /customer-displays/pairings answered " + paired.statusCode() + ": "
                    + abbreviate(paired.body()));
        }
        displayToken = text(display, "token");
        log("%s is signed in at desk %s, whose customer display is paired (code %s): each birth's consent is given there",
                cfg.clerk, DESK, pairingCode);
    }

    /** Waits until the API answers (the EAR deployed), polling every second. */
    private void awaitServer(String what, Duration max) throws InterruptedException {
        long deadline = System.currentTimeMillis() + max.toMillis();
        boolean logged = false;
        while (true) {
            try {
                HttpResponse<Void> answer = http.send(
                        api("/shops/" + SHOP).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    if (logged) {
                        log("%s answers again", what);
                    }
                    return;
                }
            } catch (IOException e) {
                // not up (yet)
            }
            if (!logged) {
                log("waiting for %s to answer (up to %d s)", what, max.toSeconds());
                logged = true;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException(what + " did not answer within " + max.toSeconds() + " s");
            }
            Thread.sleep(1000);
        }
    }

    private void reportSubmissions(Submissions subs, long start, long end) {
        figures.put("births", String.valueOf(expectedBirths()));
        figures.put("submit.seconds", seconds(end - start));
        figures.put("submit.accepted", String.valueOf(subs.accepted.size()));
        figures.put("submit.answered201", String.valueOf(subs.answered201.get()));
        figures.put("submit.latency",
                latencies(new ArrayList<>(subs.latencies), "case POSTs, each alone: without its consent's calls"));
        figures.put("submit.answeredOther", String.valueOf(subs.answeredOther.get()));
        figures.put("submit.notSent", String.valueOf(subs.notSent.get()));
        figures.put("submit.sentWithoutAnswer", String.valueOf(subs.noAnswer.get()));
        figures.put("submit.withoutAnswerButCommitted", String.valueOf(subs.committedWithoutAnswer.get()));
        figures.put("submit.withoutAnswerNotCommittedResubmitted", String.valueOf(subs.absentAfterNoAnswer.get()));
        figures.put("submit.committedDespiteFailure", String.valueOf(subs.committedDespiteRefusal.get()));
        if (subs.firstFailureAt.get() != 0) {
            figures.put("submit.clientsSawServerGoneAt", Instant.ofEpochMilli(subs.firstFailureAt.get()).toString());
            figures.put("submit.clientsSawServerBackAt", Instant.ofEpochMilli(subs.backAt.get()).toString());
        }
        figures.put("consent.obtained", String.valueOf(subs.consents.get()));
        figures.put("consent.latency", latencies(new ArrayList<>(subs.consentLatencies),
                "consents, each POST /consents then the display's answer, before its case POST"));
        figures.put("consent.answeredOther", String.valueOf(subs.consentAnsweredOther.get()));
        figures.put("consent.notSent", String.valueOf(subs.consentNotSent.get()));
        figures.put("consent.sentWithoutAnswer", String.valueOf(subs.consentNoAnswer.get()));
        subs.irregular.forEach(line -> problem("POST " + line));
        subs.consentIrregular.forEach(line -> problem("consent " + line));
        if (scenario.equals("outage")) {
            check("every POST answered 201 during the outage",
                    subs.irregular.isEmpty() && subs.answered201.get() == subs.accepted.size(),
                    subs.answered201.get() + " answered 201, " + subs.irregular.size() + " did not (" + subs.answeredOther
                            + " other answers, " + subs.noAnswer + " no answer, " + subs.notSent + " not sent)");
        } else {
            check("every POST that got an answer answered 201",
                    subs.answeredOther.get() == 0,
                    subs.answeredOther.get() + " other answers; " + subs.noAnswer.get() + " sent without an answer ("
                            + subs.committedWithoutAnswer.get() + " had opened their case, "
                            + subs.absentAfterNoAnswer.get() + " had not and were sent again), " + subs.notSent.get()
                            + " could not be sent while the server was down");
        }
        if (scenario.equals("outage")) {
            check("every consent call answered 201 (asked) or 200 (given) during the outage",
                    subs.consentIrregular.isEmpty(),
                    subs.consents.get() + " consents given, " + subs.consentIrregular.size() + " calls did not succeed ("
                            + subs.consentAnsweredOther + " other answers, " + subs.consentNoAnswer + " no answer, "
                            + subs.consentNotSent + " not sent)");
        } else {
            check("every consent call that got an answer answered 201 (asked) or 200 (given)",
                    subs.consentAnsweredOther.get() == 0,
                    subs.consents.get() + " consents given; " + subs.consentAnsweredOther.get() + " other answers, "
                            + subs.consentNoAnswer.get() + " calls sent without an answer and "
                            + subs.consentNotSent.get() + " not sent while the server was down (asked again)");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Waiting and checking

    /** Waits until no task of the shop is open; returns the milliseconds it took, or -1 (deadline, dead letters). */
    private long waitForCompletion(Submissions subs, AtomicInteger atDeadLettersSeen) throws Exception {
        long start = System.currentTimeMillis();
        long deadline = start + cfg.waitSeconds * 1000L;
        long lastLog = 0;
        log("waiting (up to %d s) until every case is no longer IN_PROGRESS", cfg.waitSeconds);
        while (true) {
            Map<String, Map<String, Long>> counts = taskCounts();
            long open = 0;
            long failed = 0;
            for (Map<String, Long> byStatus : counts.values()) {
                for (Map.Entry<String, Long> e : byStatus.entrySet()) {
                    if (!FINAL.contains(e.getKey())) {
                        open += e.getValue();
                    }
                    if (e.getKey().equals("FAILED")) {
                        failed += e.getValue();
                    }
                }
            }
            if (atDeadLettersSeen != null) {
                long atFailed = counts.getOrDefault("at", Map.of()).getOrDefault("FAILED", 0L);
                atDeadLettersSeen.accumulateAndGet((int) atFailed, Math::max);
            }
            long now = System.currentTimeMillis();
            if (open == 0) {
                log("every task is final after %s s: %s", seconds(now - start), describe(counts));
                return now - start;
            }
            if (open == failed) {
                log("only dead letters are left after %s s: %s", seconds(now - start), describe(counts));
                return -1;
            }
            if (now > deadline) {
                log("DEADLINE: tasks still open after %d s: %s", cfg.waitSeconds, describe(counts));
                return -1;
            }
            if (now - lastLog >= 15_000) {
                log("%s s: %d tasks open: %s", seconds(now - start), open, describe(counts));
                lastLog = now;
            }
            Thread.sleep(2000);
        }
    }

    /** Checks the cases (one per birth, each COMPLETED by the API) and returns the tasks per agency. */
    private Map<String, List<Task>> checkCasesAndTasks(Submissions subs) throws Exception {
        Map<Integer, List<String>> byIndex = new TreeMap<>();
        int foreign = 0;
        for (String[] row : db.rows("select form_data::json->>'address', reference from citizen_case order by id")) {
            String address = row[0];
            Integer index = null;
            if (address != null && address.startsWith(STREET)) {
                try {
                    index = Integer.valueOf(address.substring(STREET.length(), address.indexOf(',')));
                } catch (RuntimeException notOurs) {
                    index = null;
                }
            }
            if (index == null) {
                foreign++;
                continue;
            }
            byIndex.computeIfAbsent(index, i -> new ArrayList<>()).add(row[1]);
        }
        List<Integer> missing = new ArrayList<>();
        List<String> doubled = new ArrayList<>();
        int expected = expectedBirths();
        for (int i = 1; i <= expected; i++) {
            List<String> refs = byIndex.getOrDefault(i, List.of());
            if (refs.isEmpty()) {
                missing.add(i);
            } else if (refs.size() > 1) {
                doubled.add(i + "=" + refs);
            }
        }
        Set<String> dbRefs = byIndex.values().stream().flatMap(List::stream).collect(Collectors.toCollection(TreeSet::new));
        Set<String> accepted = new TreeSet<>(subs.accepted.values());
        check("one case per birth submitted, as the clients know them",
                missing.isEmpty() && doubled.isEmpty() && foreign == 0 && dbRefs.equals(accepted),
                dbRefs.size() + " cases in PostgreSQL for " + expected + " births; missing " + missing.size()
                        + ", doubled " + doubled.size() + ", unknown " + foreign + ", clients hold "
                        + accepted.size() + " references" + (dbRefs.equals(accepted) ? " (the same)" : " (DIFFERENT)"));
        if (!missing.isEmpty()) {
            problem("births without a case: " + missing);
        }
        if (!doubled.isEmpty()) {
            problem("births with more than one case: " + doubled);
        }
        figures.put("cases.inDatabase", String.valueOf(dbRefs.size()));

        // Every case as the API shows it.
        Map<String, Integer> progress = new TreeMap<>();
        List<String> notCompleted = new ArrayList<>();
        ExecutorService readers = Executors.newFixedThreadPool(4, daemon("reader"));
        List<Future<String[]>> boards = new ArrayList<>();
        for (String reference : dbRefs) {
            boards.add(readers.submit(() -> new String[] {reference, progressOf(reference)}));
        }
        for (Future<String[]> board : boards) {
            String[] answer = board.get();
            progress.merge(answer[1], 1, Integer::sum);
            if (!answer[1].equals("COMPLETED")) {
                notCompleted.add(answer[0] + "=" + answer[1]);
            }
        }
        readers.shutdown();
        check("every case COMPLETED (GET /api/v1/cases/{reference})",
                notCompleted.isEmpty() && !dbRefs.isEmpty(),
                "progress of the " + dbRefs.size() + " cases: " + progress);
        figures.put("cases.progress", progress.toString());
        if (!notCompleted.isEmpty()) {
            problem("cases not COMPLETED: " + notCompleted.size());
            notCompleted.stream().limit(30).forEach(c -> problem("  " + c));
        }

        // The tasks, per agency.
        Map<String, List<Task>> tasks = new TreeMap<>();
        for (String[] row : db.rows("select lower(a.code), t.request_key, t.status, c.reference, s.code,"
                + " t.failed_attempts, (extract(epoch from t.finished_at) * 1000)::bigint,"
                + " (extract(epoch from t.handed_off_at) * 1000)::bigint,"
                + " regexp_replace(coalesce(t.last_error, ''), '[\\t\\r\\n]+', ' ', 'g')"
                + " from case_task t join public_service s on s.id = t.service_id"
                + " join agency a on a.id = s.agency_id join citizen_case c on c.id = t.case_id order by t.id")) {
            Task task = new Task(row[0], row[1], row[2], row[3], row[4], Integer.parseInt(row[5]),
                    row[6].isEmpty() ? null : Long.valueOf(row[6]), row[7].isEmpty() ? null : Long.valueOf(row[7]),
                    row[8]);
            tasks.computeIfAbsent(task.agency, a -> new ArrayList<>()).add(task);
        }
        Map<String, Integer> perAgency = new TreeMap<>();
        tasks.forEach((agency, list) -> perAgency.put(agency, list.size()));
        figures.put("tasks.perAgency", perAgency.toString());
        Map<String, Long> statuses = tasks.values().stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(t -> t.status, TreeMap::new, Collectors.counting()));
        figures.put("tasks.statuses", statuses.toString());
        figures.put("tasks.redelivered", tasks.values().stream().flatMap(List::stream)
                .filter(t -> t.failedAttempts > 0).count() + " tasks had failed delivery attempts (max "
                + tasks.values().stream().flatMap(List::stream).mapToInt(t -> t.failedAttempts).max().orElse(0) + ")");
        tasks.forEach((agency, list) -> figures.put("delivery." + agency, deliveryTimes(list, t -> true)));
        List<Task> open = tasks.values().stream().flatMap(List::stream)
                .filter(t -> !t.status.equals("COMPLETED")).toList();
        check("every task COMPLETED in PostgreSQL (4 per birth)",
                open.isEmpty() && statuses.getOrDefault("COMPLETED", 0L) == 4L * expected,
                "tasks " + statuses + " for " + expected + " births, per agency " + perAgency);
        if (!open.isEmpty()) {
            problem("tasks not COMPLETED: " + open.size());
            open.stream().limit(30).forEach(t -> problem("  " + t));
            serverLogAbout(open.stream().limit(3).map(t -> t.key).toList());
        }
        return tasks;
    }

    /** Hand-off (the task went on the queue) to completion, over the tasks that match. */
    static String deliveryTimes(List<Task> tasks, java.util.function.Predicate<Task> which) {
        List<Long> millis = tasks.stream()
                .filter(which)
                .filter(t -> t.handedOffAt != null && t.finishedAt != null)
                .map(t -> t.finishedAt - t.handedOffAt)
                .sorted()
                .toList();
        if (millis.isEmpty()) {
            return "none";
        }
        return "hand-off to completion p50 " + seconds(millis.get(millis.size() / 2)) + " s, p95 "
                + seconds(millis.get((int) Math.min(millis.size() - 1, Math.ceil(millis.size() * 0.95) - 1)))
                + " s, max " + seconds(millis.get(millis.size() - 1)) + " s (" + millis.size() + " tasks)";
    }

    private int expectedBirths() {
        return scenario.equals("crash") ? cfg.cases : (int) Math.round(cfg.rate * cfg.outageSeconds);
    }

    private String progressOf(String reference) throws Exception {
        for (int tries = 0; tries < 3; tries++) {
            HttpResponse<String> board = http.send(
                    api("/cases/" + reference).header("Authorization", "Bearer " + tokens.get()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (board.statusCode() == 200) {
                return text(asObject(Json.parse(board.body())), "progress");
            }
            if (board.statusCode() == 401) {
                tokens.invalidate();
            } else {
                return "HTTP " + board.statusCode();
            }
        }
        return "HTTP 401";
    }

    /** For each agency: the shop's task keys == the keys of the simulator's effects, none twice. */
    private void checkEffects(Map<String, List<Task>> tasks) throws Exception {
        Set<String> agencies = new TreeSet<>(BIRTH_AGENCIES);
        agencies.addAll(tasks.keySet());
        for (String agency : agencies) {
            Set<String> shopKeys = tasks.getOrDefault(agency, List.of()).stream()
                    .map(t -> t.key)
                    .collect(Collectors.toCollection(TreeSet::new));
            List<Map<String, Object>> effects = effects(agency);
            Map<String, Integer> times = new TreeMap<>();
            Map<String, Integer> effectStatuses = new TreeMap<>();
            for (Map<String, Object> effect : effects) {
                times.merge(text(effect, "requestKey"), 1, Integer::sum);
                effectStatuses.merge(String.valueOf(effect.get("status")), 1, Integer::sum);
            }
            List<String> twice = times.entrySet().stream()
                    .filter(e -> e.getValue() > 1)
                    .map(e -> e.getKey() + " x" + e.getValue())
                    .toList();
            Set<String> missing = new TreeSet<>(shopKeys);
            missing.removeAll(times.keySet());
            Set<String> extra = new TreeSet<>(times.keySet());
            extra.removeAll(shopKeys);
            figures.put("effects." + agency, "tasks " + shopKeys.size() + ", effects " + effects.size()
                    + " " + effectStatuses + ", distinct keys " + times.size() + ", duplicates " + twice.size()
                    + ", missing " + missing.size() + ", unknown " + extra.size());
            check(agency.toUpperCase() + ": each task's key applied exactly once",
                    twice.isEmpty() && missing.isEmpty() && extra.isEmpty() && !shopKeys.isEmpty(),
                    shopKeys.size() + " task keys in PostgreSQL, " + effects.size() + " effects, duplicate keys "
                            + twice.size() + ", keys without effect " + missing.size() + ", effects of no task "
                            + extra.size());
            if (!twice.isEmpty()) {
                problem(agency + ": keys applied more than once: " + twice);
                serverLogAbout(twice.stream().limit(3).map(k -> k.substring(0, k.indexOf(' '))).toList());
            }
            if (!missing.isEmpty()) {
                problem(agency + ": task keys the agency never applied: " + missing.size());
                tasks.get(agency).stream().filter(t -> missing.contains(t.key)).limit(20)
                        .forEach(t -> problem("  " + t));
                serverLogAbout(missing.stream().limit(3).toList());
            }
            if (!extra.isEmpty()) {
                problem(agency + ": effects whose key is no task of the shop: " + extra);
            }
        }
    }

    private List<Map<String, Object>> effects(String agency) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(cfg.simUrl + "/admin/agencies/" + agency + "/effects"))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("effects of " + agency + ": " + answer.statusCode() + " " + answer.body());
        }
        Map<String, Object> body = asObject(Json.parse(answer.body()));
        List<Map<String, Object>> effects = asArray(body.get("effects")).stream().map(Reliability::asObject).toList();
        long count = ((BigDecimal) body.get("count")).longValueExact();
        if (count != effects.size()) {
            throw new IllegalStateException("effects of " + agency + ": count " + count + " but " + effects.size() + " listed");
        }
        return effects;
    }

    /** Task counts by agency (lower case) and status. */
    private Map<String, Map<String, Long>> taskCounts() {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (String[] row : db.rows("select lower(a.code), t.status, count(*) from case_task t"
                + " join public_service s on s.id = t.service_id join agency a on a.id = s.agency_id group by 1, 2")) {
            counts.computeIfAbsent(row[0], a -> new TreeMap<>()).put(row[1], Long.valueOf(row[2]));
        }
        return counts;
    }

    private static String describe(Map<String, Map<String, Long>> counts) {
        return counts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().entrySet().stream()
                        .map(s -> s.getKey() + "=" + s.getValue())
                        .collect(Collectors.joining(" ")))
                .collect(Collectors.joining("; "));
    }

    /** Copies the server log's lines that name these keys into the problems. */
    private void serverLogAbout(List<String> keys) {
        if (cfg.serverLog == null || !Files.exists(cfg.serverLog)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(cfg.serverLog, StandardCharsets.ISO_8859_1);
            for (String key : keys) {
                List<String> about = lines.stream().filter(l -> l.contains(key)).toList();
                problem("server.log lines naming " + key + ": " + about.size());
                about.stream().limit(15).forEach(l -> problem("    " + abbreviate(l, 400)));
            }
        } catch (IOException e) {
            problem("server.log unreadable: " + e);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Results

    private void check(String name, boolean ok, String detail) {
        checks.add(new Check(name, ok, detail));
        log("CHECK %s: %s — %s", ok ? "ok" : "FAILED", name, detail);
    }

    private void problem(String line) {
        synchronized (problems) {
            problems.add(line);
        }
    }

    private void writeResults() {
        try {
            StringBuilder md = new StringBuilder();
            md.append("## ").append(scenario).append("\n\n| figure | value |\n|---|---|\n");
            figures.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v.replace("|", "\\|")).append(" |\n"));
            md.append("\n| check | result | detail |\n|---|---|---|\n");
            for (Check check : checks) {
                md.append("| ").append(check.name).append(" | ").append(check.ok ? "ok" : "**FAILED**").append(" | ")
                        .append(check.detail.replace("|", "\\|")).append(" |\n");
            }
            Files.writeString(cfg.results.resolve("summary.md"), md);
            StringBuilder props = new StringBuilder();
            figures.forEach((k, v) -> props.append(k).append('=').append(v.replace("\n", " ")).append('\n'));
            for (int i = 0; i < checks.size(); i++) {
                props.append("check.").append(i + 1).append('=').append(checks.get(i).ok ? "ok: " : "FAILED: ")
                        .append(checks.get(i).name).append('\n');
            }
            Files.writeString(cfg.results.resolve("result.properties"), props);
            synchronized (problems) {
                Files.write(cfg.results.resolve("problems.txt"), problems);
            }
        } catch (IOException e) {
            log("could not write the results: %s", e);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Plumbing

    private HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(URI.create(cfg.shopUrl + "/api/v1" + path)).timeout(Duration.ofSeconds(60));
    }

    /** A clerk's bearer token (password grant of the dev CLI client), renewed every 2 minutes (it lives 5). */
    final class Tokens {
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
            Exception last = null;
            for (int tries = 0; tries < 10; tries++) {
                try {
                    HttpResponse<String> answer = http.send(
                            HttpRequest.newBuilder(cfg.tokenUrl)
                                    .timeout(Duration.ofSeconds(20))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(form))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 200) {
                        return text(asObject(Json.parse(answer.body())), "access_token");
                    }
                    last = new IllegalStateException(answer.statusCode() + " " + abbreviate(answer.body()));
                } catch (IOException e) {
                    last = e;
                }
                Thread.sleep(2000);
            }
            throw new IllegalStateException("no token from " + cfg.tokenUrl + ": " + last);
        }
    }

    /** SQL through psql (the same binaries as postgres.sh), tab-separated rows. */
    static final class Db {
        private final Config cfg;

        Db(Config cfg) {
            this.cfg = cfg;
        }

        static String literal(String text) {
            return "'" + text.replace("'", "''") + "'";
        }

        List<String[]> rows(String sql) {
            ProcessBuilder builder = new ProcessBuilder(cfg.psql, "-X", "-q", "-At", "-F", "\t", "-v", "ON_ERROR_STOP=1",
                    "-h", cfg.pgHost, "-p", cfg.pgPort, "-U", cfg.pgUser, "-d", cfg.pgDb, "-c", sql);
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
                    throw new IllegalStateException("psql failed (" + psql.exitValue() + "): " + errors.get() + " for " + sql);
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
            } catch (InterruptedException | ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }

        List<String> column(String sql) {
            return rows(sql).stream().map(r -> r[0]).toList();
        }

        String one(String sql) {
            List<String> column = column(sql);
            return column.isEmpty() ? "" : column.get(0);
        }
    }

    record Config(
            String shopUrl,
            URI tokenUrl,
            String simUrl,
            Path results,
            Path progressFile,
            Path crashEvents,
            Path serverLog,
            String psql,
            String pgHost,
            String pgPort,
            String pgDb,
            String pgUser,
            String pgPassword,
            String clerk,
            String password,
            int cases,
            int clients,
            double rate,
            int outageSeconds,
            int waitSeconds,
            int atMarginSeconds,
            String maxDeliveryAttempts) {

        static Config fromEnvironment() {
            return new Config(
                    required("RELIABILITY_SHOP_URL"),
                    URI.create(required("RELIABILITY_TOKEN_URL")),
                    required("RELIABILITY_SIM_URL"),
                    Path.of(required("RELIABILITY_RESULTS")),
                    optionalPath("RELIABILITY_PROGRESS_FILE"),
                    optionalPath("RELIABILITY_CRASH_EVENTS"),
                    optionalPath("RELIABILITY_SERVER_LOG"),
                    required("PSQL"),
                    "127.0.0.1",
                    required("PG_PORT"),
                    required("PG_DB"),
                    required("PG_USER"),
                    required("PG_PASSWORD"),
                    System.getenv().getOrDefault("RELIABILITY_CLERK", "clerk1"),
                    System.getenv().getOrDefault("RELIABILITY_CLERK_PASSWORD", "citizen-shop-dev"),
                    Integer.parseInt(required("RELIABILITY_CASES")),
                    Integer.parseInt(required("RELIABILITY_CLIENTS")),
                    Double.parseDouble(required("RELIABILITY_OUTAGE_RATE")),
                    Integer.parseInt(required("RELIABILITY_OUTAGE_SECONDS")),
                    Integer.parseInt(required("RELIABILITY_WAIT_SECONDS")),
                    Integer.parseInt(required("RELIABILITY_AT_MARGIN_SECONDS")),
                    System.getenv().getOrDefault("CS_AGENCY_MAX_DELIVERY_ATTEMPTS", "30 (default)"));
        }

        private static String required(String name) {
            String value = System.getenv(name);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("environment variable " + name + " is not set (run bin/reliability)");
            }
            return value;
        }

        private static Path optionalPath(String name) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? null : Path.of(value);
        }
    }

    /** What the clients know of the births they submitted. */
    static final class Submissions {
        final ConcurrentHashMap<Integer, String> accepted = new ConcurrentHashMap<>();
        final AtomicInteger answered201 = new AtomicInteger();
        final AtomicInteger answeredOther = new AtomicInteger();
        final AtomicInteger notSent = new AtomicInteger();
        final AtomicInteger noAnswer = new AtomicInteger();
        final AtomicInteger committedWithoutAnswer = new AtomicInteger();
        final AtomicInteger committedDespiteRefusal = new AtomicInteger();
        final AtomicInteger absentAfterNoAnswer = new AtomicInteger();
        final AtomicLong firstFailureAt = new AtomicLong();
        final AtomicLong backAt = new AtomicLong();
        final ConcurrentLinkedQueue<String> irregular = new ConcurrentLinkedQueue<>();
        /** The case POSTs' latencies, each of the POST alone (the consent's calls before it are not in it). */
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        /** Consents asked and given on the display, and what their calls came to. */
        final AtomicInteger consents = new AtomicInteger();
        final AtomicInteger consentAnsweredOther = new AtomicInteger();
        final AtomicInteger consentNotSent = new AtomicInteger();
        final AtomicInteger consentNoAnswer = new AtomicInteger();
        final ConcurrentLinkedQueue<String> consentIrregular = new ConcurrentLinkedQueue<>();
        /** Asking to given, per consent obtained (its two calls). */
        final ConcurrentLinkedQueue<Long> consentLatencies = new ConcurrentLinkedQueue<>();
        private int windowStart;

        void accept(int index, String reference) {
            String earlier = accepted.putIfAbsent(index, reference);
            if (earlier != null && !earlier.equals(reference)) {
                throw new IllegalStateException("birth " + index + " accepted twice: " + earlier + " and " + reference);
            }
        }

        /** The latencies since the last call. */
        synchronized List<Long> takeWindow() {
            List<Long> all = new ArrayList<>(latencies);
            List<Long> window = new ArrayList<>(all.subList(Math.min(windowStart, all.size()), all.size()));
            windowStart = all.size();
            return window;
        }
    }

    record Task(String agency, String key, String status, String reference, String service, int failedAttempts,
            Long finishedAt, Long handedOffAt, String lastError) {
        @Override
        public String toString() {
            return reference + " " + service + " key " + key + " " + status + " failedAttempts=" + failedAttempts
                    + (finishedAt == null ? "" : " finishedAt=" + Instant.ofEpochMilli(finishedAt))
                    + (lastError.isEmpty() ? "" : " lastError=" + lastError);
        }
    }

    record Check(String name, boolean ok, String detail) {}

    sealed interface Attempt permits Answered, NotSent, NoAnswer {}

    record Answered(int status, String body, long millis) implements Attempt {}

    /** The connection could not be made: nothing reached the server. */
    record NotSent(String error) implements Attempt {}

    /** The request may have reached the server, but no answer came back. */
    record NoAnswer(String error, long millis) implements Attempt {}

    // ---------------------------------------------------------------------------------------------
    // Small helpers

    private static Path logFile;

    static synchronized void log(String format, Object... args) {
        String line = "[reliability] " + LocalDateTime.now().format(CLOCK) + " " + String.format(format, args);
        System.out.println(line);
        if (logFile != null) {
            try {
                Files.writeString(logFile, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException ignored) {
                // the terminal has it
            }
        }
    }

    static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0);
    }

    static String instant(String epochMillis) {
        return Instant.ofEpochMilli(Long.parseLong(epochMillis)).toString();
    }

    static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }

    static String latencies(Collection<Long> millis) {
        return latencies(millis, "POSTs");
    }

    static String latencies(Collection<Long> millis, String what) {
        if (millis.isEmpty()) {
            return "none";
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return "p50 " + sorted.get(sorted.size() / 2) + " ms, p95 "
                + sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.95) - 1)) + " ms, max "
                + sorted.get(sorted.size() - 1) + " ms (" + sorted.size() + " " + what + ")";
    }

    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (text.length() > 0) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }

    static String abbreviate(String text) {
        return abbreviate(text, 300);
    }

    static String abbreviate(String text, int max) {
        String flat = String.valueOf(text).replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asObject(Object value) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalStateException("not a JSON object: " + abbreviate(String.valueOf(value)));
    }

    @SuppressWarnings("unchecked")
    static List<Object> asArray(Object value) {
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new IllegalStateException("not a JSON array: " + abbreviate(String.valueOf(value)));
    }

    static String text(Map<String, Object> object, String key) {
        Object value = object.get(key);
        if (!(value instanceof String string)) {
            throw new IllegalStateException("no text \"" + key + "\" in " + abbreviate(object.toString()));
        }
        return string;
    }

    /** A strict JSON reader (RFC 8259): objects as ordered maps, arrays as lists, numbers as BigDecimal. */
    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            Json json = new Json(text == null ? "" : text);
            json.space();
            Object value = json.value();
            json.space();
            if (json.at != json.text.length()) {
                throw json.error("end of the text");
            }
            return value;
        }

        private Object value() {
            if (at >= text.length()) {
                throw error("a value");
            }
            switch (text.charAt(at)) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    return number();
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> members = new LinkedHashMap<>();
            at++;
            space();
            if (next('}')) {
                return members;
            }
            do {
                space();
                String name = string();
                space();
                expect(':');
                space();
                members.put(name, value());
                space();
            } while (next(','));
            expect('}');
            return members;
        }

        private List<Object> array() {
            List<Object> items = new ArrayList<>();
            at++;
            space();
            if (next(']')) {
                return items;
            }
            do {
                space();
                items.add(value());
                space();
            } while (next(','));
            expect(']');
            return items;
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                if (at >= text.length()) {
                    throw error("the end of a string");
                }
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c < 0x20) {
                    throw error("no control character in a string");
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (at >= text.length()) {
                    throw error("an escape");
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case '"', '\\', '/' -> out.append(escaped);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (at + 4 > text.length()) {
                            throw error("four hex digits");
                        }
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> throw error("a valid escape");
                }
            }
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, at)) {
                throw error(word);
            }
            at += word.length();
            return value;
        }

        private BigDecimal number() {
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            try {
                return new BigDecimal(text.substring(start, at));
            } catch (NumberFormatException e) {
                throw error("a number");
            }
        }

        private void space() {
            while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
        }

        private boolean next(char c) {
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!next(c)) {
                throw error("'" + c + "'");
            }
        }

        private IllegalStateException error(String expected) {
            return new IllegalStateException("JSON: expected " + expected + " at " + at + " in "
                    + abbreviate(text, 200));
        }
    }
}
