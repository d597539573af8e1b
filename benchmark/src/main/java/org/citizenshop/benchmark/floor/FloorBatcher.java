package org.citizenshop.benchmark.floor;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import javax.sql.DataSource;

/**
 * The floor's tickets gathered across requests: one writer thread takes every ticket waiting (up to
 * {@link #MOST}), raises the series once under its row lock by that many, inserts them in one JDBC batch and
 * commits once; each request is answered when its ticket's commit is done (so still stored before it is
 * answered). What numbering under the lock costs when its price is shared: the last way past the floor of one
 * transaction per ticket.
 */
@ApplicationScoped
public class FloorBatcher {

    static final String SERIES = "B";
    static final int MOST = 256;

    private record Pending(String service, Instant at, CompletableFuture<Long> number) {}

    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();

    @Resource(lookup = "java:jboss/datasources/CitizenShopDS")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    private volatile boolean running = true;
    private Thread writer;

    @PostConstruct
    void start() {
        writer = threads.newThread(this::write);
        writer.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        writer.interrupt();
    }

    /** The ticket's number, once it is committed. */
    CompletableFuture<Long> issue(String service) {
        Pending pending = new Pending(service, Instant.now(), new CompletableFuture<>());
        waiting.add(pending);
        return pending.number();
    }

    private void write() {
        Batches.drain(waiting, MOST, () -> running, this::storeAndAnswer);
    }

    private void storeAndAnswer(List<Pending> batch) {
        try {
            long last = store(batch);
            long first = last - batch.size() + 1;
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).number().complete(first + i);
            }
        } catch (SQLException | RuntimeException e) {
            for (Pending pending : batch) {
                pending.number().completeExceptionally(e);
            }
        }
    }

    /** Stores the batch in one local transaction; answers the series' last number. */
    private long store(List<Pending> batch) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long last;
                try (PreparedStatement next = connection.prepareStatement(
                        "update bench_floor_series set last_number = last_number + ? where letter = ?"
                                + " returning last_number")) {
                    next.setInt(1, batch.size());
                    next.setString(2, SERIES);
                    try (ResultSet row = next.executeQuery()) {
                        if (!row.next()) {
                            throw new IllegalStateException("no series " + SERIES + " in bench_floor_series");
                        }
                        last = row.getLong(1);
                    }
                }
                long number = last - batch.size() + 1;
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into bench_floor_ticket (letter, number, service, issued_at) values (?, ?, ?, ?)")) {
                    for (Pending pending : batch) {
                        insert.setString(1, SERIES);
                        insert.setLong(2, number++);
                        insert.setString(3, pending.service());
                        insert.setTimestamp(4, Timestamp.from(pending.at()));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                connection.commit();
                return last;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }
}
