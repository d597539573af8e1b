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

/**
 * The fan-out's durable ceiling ({@code bin/fanout}, {@link RelayResource}'s {@code durable}): the leanest durable
 * delivery this server could run, to set against the shop's pipeline. A request is answered once its task is
 * committed: one writer thread stores the tasks of every request waiting (up to {@link #MOST_STORED} requests) in
 * one JDBC batch and one commit; a request stands for one task, or for n ({@code ?tasks=n}: a life event's steps). {@link #SENDERS} delivery threads each claim up to {@link #MOST_CLAIMED} stored tasks (one statement,
 * {@code for update skip locked}), send them one after the other to the agency with their keys, and record the
 * answers in one JDBC batch and one commit. No JPA, JTA, JMS, EJB or Camel, no retry, lease or dead letter: a task
 * claimed by a server that dies stays {@code SENDING}, and a failed send is recorded {@code FAILED}. Not a design
 * for the shop: the least one with the shop's two commits per task, shared, can cost.
 *
 * <p>Its table ({@code bench_relay_task}) is created here, in the run's own database, on the first use.
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

    /** A request's tasks: one key each, the same body. */
    private record Pending(List<String> keys, String body, CompletableFuture<Void> stored) {}

    private record Claimed(String key, String body) {}

    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private final Object stored = new Object();

    @Resource(lookup = "java:jboss/datasources/CitizenShopDS")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    private volatile boolean running = true;
    private final List<Thread> workers = new ArrayList<>();
    private URI registry;

    @PostConstruct
    void start() {
        String agency = System.getenv(RelayResource.AGENCY_URL_VARIABLE);
        registry = agency == null || agency.isBlank() ? null : URI.create(agency + "/irn/v1/service-requests");
        try (Connection connection = dataSource.getConnection();
                Statement ddl = connection.createStatement()) {
            ddl.execute("create table if not exists bench_relay_task (idempotency_key varchar(100) primary key,"
                    + " body text not null, status varchar(12) not null, accepted_at timestamp with time zone not null,"
                    + " finished_at timestamp with time zone)");
            ddl.execute("create index if not exists bench_relay_task_pending on bench_relay_task (accepted_at)"
                    + " where status = 'PENDING'");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create bench_relay_task", e);
        }
        workers.add(threads.newThread(this::store));
        for (int i = 0; i < SENDERS; i++) {
            workers.add(threads.newThread(this::deliver));
        }
        workers.forEach(Thread::start);
    }

    @PreDestroy
    void stop() {
        running = false;
        workers.forEach(Thread::interrupt);
    }

    /** Whether the agency's address is known (the server's environment). */
    boolean configured() {
        return registry != null;
    }

    /**
     * Done once the request's tasks are committed: one task, with the request's key, or n (a life event's steps),
     * keyed {@code key-1} … {@code key-n} as {@link RelayResource} sends them.
     */
    CompletableFuture<Void> accept(String key, String body, int tasks) {
        List<String> keys = new ArrayList<>(tasks);
        for (int i = 1; i <= tasks; i++) {
            keys.add(RelayResource.taskKey(key, i, tasks));
        }
        Pending pending = new Pending(List.copyOf(keys), body, new CompletableFuture<>());
        waiting.add(pending);
        return pending.stored();
    }

    private void store() {
        Batches.drain(waiting, MOST_STORED, () -> running, this::storeAndAnswer);
    }

    private void storeAndAnswer(List<Pending> batch) {
        try {
            insert(batch);
            batch.forEach(pending -> pending.stored().complete(null));
            synchronized (stored) {
                stored.notifyAll();
            }
        } catch (SQLException | RuntimeException e) {
            batch.forEach(pending -> pending.stored().completeExceptionally(e));
        }
    }

    private void insert(List<Pending> batch) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        inBatch(
                "insert into bench_relay_task (idempotency_key, body, status, accepted_at) values (?, ?, 'PENDING', ?)",
                insert -> {
                    for (Pending pending : batch) {
                        for (String key : pending.keys()) {
                            insert.setString(1, key);
                            insert.setString(2, pending.body());
                            insert.setTimestamp(3, now);
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
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                rows.addTo(statement);
                statement.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private void deliver() {
        while (running) {
            try {
                List<Claimed> claimed = claim();
                if (claimed.isEmpty()) {
                    synchronized (stored) {
                        stored.wait(50);
                    }
                    continue;
                }
                List<String> outcomes = new ArrayList<>(claimed.size());
                for (Claimed task : claimed) {
                    outcomes.add(send(task));
                }
                record(claimed, outcomes);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.WARNING, "durable relay: a delivery round failed", e);
            }
        }
    }

    private List<Claimed> claim() throws SQLException {
        List<Claimed> claimed = new ArrayList<>(MOST_CLAIMED);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement("update bench_relay_task set status = 'SENDING'"
                        + " where idempotency_key in (select idempotency_key from bench_relay_task where status = 'PENDING'"
                        + " order by accepted_at limit ? for update skip locked) returning idempotency_key, body")) {
            connection.setAutoCommit(true);
            claim.setInt(1, MOST_CLAIMED);
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new Claimed(rows.getString(1), rows.getString(2)));
                }
            }
        }
        return claimed;
    }

    /** The task's outcome: COMPLETED when the agency answered 201, else FAILED. */
    private String send(Claimed task) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(registry)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", task.key())
                .POST(HttpRequest.BodyPublishers.ofString(task.body()))
                .build();
        try {
            return AGENCY.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 201
                    ? "COMPLETED"
                    : "FAILED";
        } catch (IOException e) {
            LOG.log(Level.WARNING, "durable relay: task " + task.key() + " not sent", e);
            return "FAILED";
        }
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
