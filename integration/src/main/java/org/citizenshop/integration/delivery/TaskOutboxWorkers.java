package org.citizenshop.integration.delivery;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.citizenshop.application.TaskDispatch;
import org.citizenshop.application.TaskOutbox;
import org.citizenshop.application.TaskReport;
import org.citizenshop.infrastructure.messaging.DueTaskSignal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the case tasks of the outbox: each worker claims a batch of due tasks (one short
 * transaction), runs each through its agency's route (no transaction held while an agency answers),
 * and records what came of the whole batch in one transaction. A node that stops before recording
 * leaves its claims to lapse, and releases them itself when it starts again; either way the tasks go
 * again under their keys, which the agencies do not act on twice. With nothing due, a worker waits
 * for the signal of a transaction that made tasks due, or looks again after a short pause (tasks due
 * after a back-off, tasks of other nodes).
 */
@Singleton
@Startup
// The routes started, and the schema migrated (its claim column) before the first claim.
@DependsOn({"CamelBootstrap", "citizen-shop-ejb.jar#SchemaMigration"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class TaskOutboxWorkers {

    private static final Logger LOG = Logger.getLogger(TaskOutboxWorkers.class.getName());

    @Inject
    @AsIntegration
    TaskOutbox outbox;

    @Inject
    TaskDelivery delivery;

    @Inject
    DueTaskSignal signal;

    @Resource
    ManagedThreadFactory threads;

    /** Deliveries at a time: a worker waits on its agency more than it computes (docs/performance.md, fan-out). */
    @Inject
    @ConfigProperty(name = "cs.outbox.workers", defaultValue = "8")
    int workers;

    /** The tasks a worker claims at once, whose answers are recorded in one transaction. */
    @Inject
    @ConfigProperty(name = "cs.outbox.batch-size", defaultValue = "32")
    int batchSize;

    /**
     * How long a claim holds: a batch starts no delivery after half of it (the rest is due again at
     * once), so a claim lapses only when its node stopped.
     */
    @Inject
    @ConfigProperty(name = "cs.outbox.lease-seconds", defaultValue = "300")
    long leaseSeconds;

    /** The longest a worker with nothing due waits before it looks again. */
    @Inject
    @ConfigProperty(name = "cs.outbox.idle-poll-ms", defaultValue = "500")
    long idlePollMillis;

    private final String node = System.getProperty("jboss.node.name", "citizen-shop");
    private final List<Thread> running = new ArrayList<>();
    private volatile boolean stopping;

    @PostConstruct
    void start() {
        int released = outbox.release(node);
        if (released > 0) {
            LOG.info(() -> released + " case tasks this node had claimed before it stopped are due again");
        }
        for (int i = 1; i <= workers; i++) {
            Thread worker = threads.newThread(this::work);
            worker.setName("task-outbox-" + i);
            worker.start();
            running.add(worker);
        }
        LOG.info(() -> workers + " case task delivery workers started on node " + node + ", batches of " + batchSize);
    }

    @PreDestroy
    void stop() {
        stopping = true;
        signal.wakeAll();
        for (Thread worker : running) {
            try {
                worker.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LOG.warning(
                        "Interrupted while the case task workers finished; their claims lapse or are released at the next start");
                return;
            }
            if (worker.isAlive()) {
                LOG.warning(() ->
                        worker.getName() + " still delivering after 30 s; its claims are released at the next start");
            }
        }
    }

    private void work() {
        Duration lease = Duration.ofSeconds(leaseSeconds);
        Duration idle = Duration.ofMillis(idlePollMillis);
        int failures = 0;
        while (!stopping) {
            long seen = signal.generation();
            List<TaskDispatch> batch;
            try {
                batch = outbox.claim(node, batchSize, lease);
            } catch (RuntimeException e) {
                if (stopping) {
                    return;
                }
                failures++;
                if (!pauseAfterFailedClaim(failures, idle, e)) {
                    return;
                }
                continue;
            }
            if (failures > 0) {
                int failed = failures;
                LOG.info(() -> Thread.currentThread().getName() + " claims due case tasks again after " + failed
                        + " failed tries");
                failures = 0;
            }
            try {
                if (batch.isEmpty()) {
                    signal.awaitAfter(seen, idle);
                } else {
                    if (batch.size() == batchSize) {
                        // More may be due than one batch: another worker looks while this one delivers.
                        signal.wakeOne();
                    }
                    record(deliver(batch, Instant.now().plus(lease.dividedBy(2))));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LOG.warning(() -> Thread.currentThread().getName() + " interrupted; it stops");
                return;
            }
        }
    }

    /**
     * After claims failed {@code failures} times in a row (the database unreachable, say): logs it — the
     * whole failure the first time, a line after that — and waits, longer each time. Returns false when
     * the worker was interrupted.
     */
    private boolean pauseAfterFailedClaim(int failures, Duration idle, RuntimeException e) {
        Duration pause = pauseAfter(failures, idle);
        if (failures == 1) {
            LOG.log(Level.SEVERE, "Could not claim due case tasks; trying again in " + pause.toMillis() + " ms", e);
        } else {
            LOG.warning(() -> Thread.currentThread().getName() + " still cannot claim due case tasks (" + failures
                    + " tries in a row): " + OutcomeRecorder.describe(e) + "; trying again in " + pause.toMillis()
                    + " ms");
        }
        try {
            signal.awaitAfter(signal.generation(), pause);
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            LOG.warning(() -> Thread.currentThread().getName() + " interrupted; it stops");
            return false;
        }
    }

    /** The wait after claims failed {@code failures} times in a row: the idle pause, doubled each time, at most 30 s. */
    static Duration pauseAfter(int failures, Duration idle) {
        Duration most = Duration.ofSeconds(30);
        Duration pause = idle;
        for (int i = 1; i < failures && pause.compareTo(most) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(most) > 0 ? most : pause;
    }

    List<TaskReport> deliver(List<TaskDispatch> batch, Instant lastStart) {
        List<TaskReport> reports = new ArrayList<>();
        for (TaskDispatch task : batch) {
            String key = task.key();
            if (stopping || Instant.now().isAfter(lastStart)) {
                // Not sent: due again at once, for this worker's next batch or another node's.
                reports.add(new TaskReport(key, outcomes -> outcomes.deferred(key, Duration.ZERO)));
                continue;
            }
            try {
                delivery.deliver(task, reports);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Delivery of case task " + key + " failed unexpectedly", e);
                String error = OutcomeRecorder.describe(e);
                reports.add(new TaskReport(key, outcomes -> outcomes.deliveryFailed(key, error)));
            }
        }
        return reports;
    }

    /**
     * Records the batch's reports in one transaction. Should that fail (a case changed by someone else
     * at the same moment, one answer the application refuses), each task's reports are recorded in a
     * transaction of their own, and a task whose answer cannot be recorded at all gets a failed attempt:
     * it goes again after its back-off, and is a dead letter after the last.
     */
    void record(List<TaskReport> reports) {
        if (reports.isEmpty()) {
            return;
        }
        try {
            outbox.record(reports);
            return;
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "The " + reports.size() + " reports of a batch could not be recorded together;"
                            + " recording them task by task",
                    e);
        }
        Map<String, List<TaskReport>> byTask = new LinkedHashMap<>();
        for (TaskReport report : reports) {
            byTask.computeIfAbsent(report.key(), key -> new ArrayList<>()).add(report);
        }
        byTask.forEach((key, ofTask) -> {
            try {
                outbox.record(ofTask);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "What came of case task " + key + " could not be recorded", e);
                String error = "The agency's answer could not be recorded: " + OutcomeRecorder.describe(e);
                try {
                    outbox.record(List.of(new TaskReport(key, outcomes -> outcomes.deliveryFailed(key, error))));
                } catch (RuntimeException again) {
                    LOG.log(
                            Level.SEVERE,
                            "Case task " + key + " stays claimed; it goes again when its claim lapses",
                            again);
                }
            }
        });
    }
}
