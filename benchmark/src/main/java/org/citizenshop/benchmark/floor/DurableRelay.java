package org.citizenshop.benchmark.floor;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The fan-out's durable ceiling ({@code bin/fanout}, {@link RelayResource}'s {@code durable}): the leanest durable
 * delivery this server could run, to set against the shop's pipeline. A request is answered once its task is
 * committed: one writer thread stores the tasks of every request waiting (up to {@link #MOST_STORED} requests) in
 * one JDBC batch and one commit; a request stands for one task, or for n ({@code ?tasks=n}: a life event's steps). {@link #SENDERS} delivery threads each claim up to {@link #MOST_CLAIMED} stored tasks (one statement,
 * {@code for update skip locked}), send them one after the other to the agency with their keys, and record the
 * answers in one JDBC batch and one commit. No JPA, JTA, JMS or EJB, no retry, lease or dead letter: a task
 * claimed by a server that dies stays {@code SENDING}, and a failed send is recorded {@code FAILED}. Not a design
 * for the shop: the least one with the shop's two commits per task, shared, can cost.
 *
 * <p>A task is sent as the request asked ({@link Via}): by the JDK's HTTP client, or through a Camel route of
 * one step, the {@code http} component that every agency route of the shop ends in, with the shop's settings for
 * it (timeouts, no re-sending by the client, the registry's 422 an answer) and nothing else: no translation,
 * error handler, circuit breaker or throttle. The stack sends every agency request through Camel; the difference
 * between the two is the least that costs per task.
 *
 * <p>A request's tasks are stored as the request asked ({@link Storage}): in the relay's own table, one row a task
 * ({@code bench_relay_task}, created here in the run's own database on the first use), or as a case in the shop's
 * own tables, with every row the shop must write for it ({@link ShopRows}). A phase of the shop's rows sends its
 * tasks the way its latest request asked (a phase's requests all ask the same).
 */
@ApplicationScoped
public class DurableRelay {

    private static final Logger LOG = Logger.getLogger(DurableRelay.class.getName());

    static final int MOST_STORED = 256;
    static final int MOST_CLAIMED = 64;
    static final int SENDERS = 8;

    private static final HttpClient AGENCY = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** How a task is sent to the agency. */
    enum Via {
        /** {@link HttpClient}, the JDK's. */
        JDK,
        /** A Camel route of one {@code http} endpoint (Apache HttpClient 5), as the shop's routes end. */
        CAMEL;

        /** The request's {@code via} parameter ({@code jdk} or {@code camel}); null if it is neither. */
        static Via of(String name) {
            return named(values(), name);
        }
    }

    /** Where a request's tasks are stored. */
    enum Storage {
        /** One row a task in the relay's own table, nothing else. */
        RELAY,
        /** A case in the shop's own tables, with the rows the shop must write for it ({@link ShopRows}). */
        SHOP;

        /** The request's {@code rows} parameter ({@code relay} or {@code shop}); null if it is neither. */
        static Storage of(String name) {
            return named(values(), name);
        }
    }

    /** The constant of these with this name, in any case; null if none has it. */
    private static <E extends Enum<E>> E named(E[] constants, String name) {
        for (E constant : constants) {
            if (constant.name().equalsIgnoreCase(name)) {
                return constant;
            }
        }
        return null;
    }

    private static final String CAMEL_ROUTE = "direct:durable-relay-agency";

    /**
     * A request's tasks: one key each, the same body, sent the same way; with the shop's rows, its case as read from
     * the body.
     */
    private record Pending(
            List<String> keys, String body, Via via, ShopRows.CaseRequest asCase, CompletableFuture<Void> stored) {}

    /** The agency's answer to a task sent: its status and body. */
    private record Sent(int status, String body) {}

    private record Claimed(String key, String body, Via via) {}

    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private final Object stored = new Object();

    @Resource(lookup = "java:jboss/datasources/CitizenShopDS")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    private volatile boolean running = true;
    private final List<Thread> workers = new ArrayList<>();
    private URI registry;
    private CamelContext camel;
    private ProducerTemplate camelSender;
    private final ShopRows shopRows = new ShopRows();
    private volatile Via shopVia = Via.JDK;

    @PostConstruct
    void start() {
        String agency = System.getenv(RelayResource.AGENCY_URL_VARIABLE);
        registry = agency == null || agency.isBlank() ? null : URI.create(agency + "/irn/v1/service-requests");
        try (Connection connection = dataSource.getConnection();
                Statement ddl = connection.createStatement()) {
            ddl.execute("create table if not exists bench_relay_task (idempotency_key varchar(100) primary key,"
                    + " body text not null, status varchar(12) not null, accepted_at timestamp with time zone not null,"
                    + " finished_at timestamp with time zone, via varchar(8) not null)");
            ddl.execute("create index if not exists bench_relay_task_pending on bench_relay_task (accepted_at)"
                    + " where status = 'PENDING'");
            ShopRows.prepare(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create bench_relay_task", e);
        }
        if (registry != null) {
            startCamel();
        }
        workers.add(threads.newThread(this::store));
        for (int i = 0; i < SENDERS; i++) {
            workers.add(threads.newThread(this::deliver));
        }
        workers.forEach(Thread::start);
    }

    /**
     * The Camel context of {@link Via#CAMEL}: the {@code http} component set as the shop's {@code AgencyHttp} sets
     * it (its default timeouts: 5 s to connect, 30 s for the answer; no automatic re-sending), one route to the
     * registry's endpoint with the option of the shop's civil registry route.
     */
    private void startCamel() {
        camel = new DefaultCamelContext();
        HttpComponent http = camel.getComponent("http", HttpComponent.class);
        http.setConnectTimeout(5_000);
        http.setConnectionRequestTimeout(5_000);
        http.setResponseTimeout(30_000);
        http.setSoTimeout(30_000);
        http.setAutomaticRetriesDisabled(true);
        String endpoint = registry + "?okStatusCodeRange=200-299,422";
        try {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(CAMEL_ROUTE).routeId("durable-relay-agency").to(endpoint);
                }
            });
            camel.start();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the relay's Camel route to " + endpoint, e);
        }
        camelSender = camel.createProducerTemplate();
    }

    @PreDestroy
    void stop() {
        running = false;
        workers.forEach(Thread::interrupt);
        if (camel != null) {
            camel.stop();
        }
    }

    /** Whether the agency's address is known (the server's environment). */
    boolean configured() {
        return registry != null;
    }

    /**
     * Done once the request's tasks are committed: one task, with the request's key, or n (a life event's steps),
     * keyed {@code key-1} … {@code key-n} as {@link RelayResource} sends them. With the shop's rows, the tasks get
     * keys of the shop's length instead ({@link ShopRows}), and a body that is not a case's (its shop, service and
     * applicant) is refused at once ({@link IllegalArgumentException}).
     */
    CompletableFuture<Void> accept(String key, String body, int tasks, Via via, Storage rows) {
        List<String> keys = new ArrayList<>(tasks);
        for (int i = 1; i <= tasks; i++) {
            keys.add(RelayResource.taskKey(key, i, tasks));
        }
        ShopRows.CaseRequest asCase = null;
        if (rows == Storage.SHOP) {
            asCase = ShopRows.CaseRequest.of(body);
            shopVia = via;
        }
        Pending pending = new Pending(List.copyOf(keys), body, via, asCase, new CompletableFuture<>());
        waiting.add(pending);
        return pending.stored();
    }

    private void store() {
        Batches.drain(waiting, MOST_STORED, () -> running, this::storeAndAnswer);
    }

    private void storeAndAnswer(List<Pending> batch) {
        List<Pending> relay = new ArrayList<>(batch.size());
        List<Pending> cases = new ArrayList<>();
        for (Pending pending : batch) {
            (pending.asCase() == null ? relay : cases).add(pending);
        }
        storeAndAnswer(relay, this::insert);
        storeAndAnswer(cases, this::insertCases);
        synchronized (stored) {
            stored.notifyAll();
        }
    }

    /** How one kind of pending requests is stored. */
    private interface Storing {
        void store(List<Pending> batch) throws SQLException;
    }

    private static void storeAndAnswer(List<Pending> batch, Storing storing) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            storing.store(batch);
            batch.forEach(pending -> pending.stored().complete(null));
        } catch (SQLException | RuntimeException e) {
            batch.forEach(pending -> pending.stored().completeExceptionally(e));
        }
    }

    /** The requests as cases in the shop's tables, in one transaction. */
    private void insertCases(List<Pending> batch) throws SQLException {
        List<ShopRows.CaseRequest> requests = new ArrayList<>(batch.size());
        List<Integer> tasks = new ArrayList<>(batch.size());
        for (Pending pending : batch) {
            requests.add(pending.asCase());
            tasks.add(pending.keys().size());
        }
        inTransaction(connection -> {
            shopRows.store(connection, requests, tasks);
            return null;
        });
    }

    /** Work on one connection in one transaction. */
    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    /** Runs the work in one transaction and commits it; rolls it back if anything fails. */
    private <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.on(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private void insert(List<Pending> batch) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        inBatch(
                "insert into bench_relay_task (idempotency_key, body, status, accepted_at, via)"
                        + " values (?, ?, 'PENDING', ?, ?)",
                insert -> {
                    for (Pending pending : batch) {
                        for (String key : pending.keys()) {
                            insert.setString(1, key);
                            insert.setString(2, pending.body());
                            insert.setTimestamp(3, now);
                            insert.setString(4, pending.via().name());
                            insert.addBatch();
                        }
                    }
                });
    }

    /** The rows of one JDBC batch, added to its statement. */
    private interface Rows {
        void addTo(PreparedStatement statement) throws SQLException;
    }

    /** Runs the statement once per row in one JDBC batch and commits it; rolls it back if anything fails. */
    private void inBatch(String sql, Rows rows) throws SQLException {
        inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                rows.addTo(statement);
                statement.executeBatch();
            }
            return null;
        });
    }

    private void deliver() {
        boolean shopFirst = false;
        while (running) {
            try {
                // the kind delivered last is asked for first: a phase has one kind of request
                boolean cases = shopFirst && deliverCases();
                boolean delivered = cases || deliverRelayed();
                if (!delivered && !shopFirst) {
                    cases = deliverCases();
                    delivered = cases;
                }
                if (!delivered) {
                    synchronized (stored) {
                        stored.wait(50);
                    }
                    continue;
                }
                shopFirst = cases;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.WARNING, "durable relay: a delivery round failed", e);
            }
        }
    }

    /** One round of the relay's own tasks; false if none was waiting. */
    private boolean deliverRelayed() throws SQLException, InterruptedException {
        List<Claimed> claimed = claim();
        if (claimed.isEmpty()) {
            return false;
        }
        List<String> outcomes = new ArrayList<>(claimed.size());
        for (Claimed task : claimed) {
            Sent sent = send(task.key(), task.body(), task.via());
            outcomes.add(sent != null && sent.status() == 201 ? "COMPLETED" : "FAILED");
        }
        record(claimed, outcomes);
        return true;
    }

    /** One round of the shop's tasks; false if none was waiting. */
    private boolean deliverCases() throws SQLException, InterruptedException {
        List<ShopRows.ClaimedTask> claimed = inTransaction(connection -> shopRows.claim(connection, MOST_CLAIMED));
        if (claimed.isEmpty()) {
            return false;
        }
        Via via = shopVia;
        List<ShopRows.Answer> answers = new ArrayList<>(claimed.size());
        for (ShopRows.ClaimedTask task : claimed) {
            Sent sent = send(task.key(), task.body(), via);
            answers.add(
                    sent == null
                            ? ShopRows.Answer.failed("not sent")
                            : sent.status() == 201
                                    ? ShopRows.Answer.of(sent.body())
                                    : ShopRows.Answer.failed("the agency answered " + sent.status()));
        }
        inTransaction(connection -> {
            shopRows.record(connection, claimed, answers);
            return null;
        });
        return true;
    }

    private List<Claimed> claim() throws SQLException {
        List<Claimed> claimed = new ArrayList<>(MOST_CLAIMED);
        // A plain statement, planned at each claim: a prepared one comes to keep, on its pooled connection, a plan
        // made while the table was empty (a scan of every row) for the backlog each phase grows to.
        try (Connection connection = dataSource.getConnection();
                Statement claim = connection.createStatement()) {
            connection.setAutoCommit(true);
            try (ResultSet rows = claim.executeQuery("update bench_relay_task set status = 'SENDING'"
                    + " where idempotency_key in (select idempotency_key from bench_relay_task where status = 'PENDING'"
                    + " order by accepted_at limit " + MOST_CLAIMED + " for update skip locked)"
                    + " returning idempotency_key, body, via")) {
                while (rows.next()) {
                    claimed.add(new Claimed(rows.getString(1), rows.getString(2), Via.valueOf(rows.getString(3))));
                }
            }
        }
        return claimed;
    }

    /** The agency's answer to the task, or null (logged) if it could not be sent. */
    private Sent send(String key, String body, Via via) throws InterruptedException {
        return via == Via.CAMEL ? sendThroughCamel(key, body) : sendThroughJdk(key, body);
    }

    private Sent sendThroughJdk(String key, String body) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(registry)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> answer = AGENCY.send(request, HttpResponse.BodyHandlers.ofString());
            return new Sent(answer.statusCode(), answer.body());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "durable relay: task " + key + " not sent", e);
            return null;
        }
    }

    /** As {@link #sendThroughJdk}, through the Camel route; the answer's body is read, as the shop's routes do. */
    private Sent sendThroughCamel(String key, String body) {
        Exchange answer = camelSender.request(CAMEL_ROUTE, exchange -> {
            exchange.getIn().setBody(body);
            exchange.getIn().setHeader(Exchange.HTTP_METHOD, "POST");
            exchange.getIn().setHeader(Exchange.CONTENT_TYPE, "application/json");
            exchange.getIn().setHeader("Idempotency-Key", key);
        });
        if (answer.getException() != null) {
            LOG.log(Level.WARNING, "durable relay: task " + key + " not sent through Camel", answer.getException());
            return null;
        }
        String text = answer.getMessage().getBody(String.class); // read to its end, as the shop's translators read it
        Integer status = answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        return new Sent(status == null ? 0 : status, text);
    }

    private void record(List<Claimed> claimed, List<String> outcomes) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        inBatch("update bench_relay_task set status = ?, finished_at = ? where idempotency_key = ?", update -> {
            for (int i = 0; i < claimed.size(); i++) {
                update.setString(1, outcomes.get(i));
                update.setTimestamp(2, now);
                update.setString(3, claimed.get(i).key());
                update.addBatch();
            }
        });
    }
}
