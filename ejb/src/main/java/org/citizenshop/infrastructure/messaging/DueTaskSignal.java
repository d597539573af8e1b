package org.citizenshop.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.citizenshop.application.port.DueTasks;

/**
 * The tasks of this node became due: a delivery worker waiting for work wakes when the transaction
 * that made them due commits (not before: it would not see the rows yet). One worker, not all: a
 * commit makes the tasks of one case due, which one claim takes, and every other worker woken would
 * open a transaction to claim nothing (a life event's fan-out spent most of PostgreSQL's commits on
 * such claims). A worker that claims a full batch wakes another ({@code TaskOutboxWorkers}), and
 * every worker looks again after its idle pause whatever happens. Other nodes find the tasks on
 * their next look.
 */
@ApplicationScoped
public class DueTaskSignal implements DueTasks {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition due = lock.newCondition();
    private long generation;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Override
    public void becameDue() {
        if (transaction == null || transaction.getTransactionKey() == null) {
            wakeOne();
            return;
        }
        // One wake-up per transaction, however many tasks it made due.
        if (transaction.getResource(DueTaskSignal.class) == null) {
            transaction.putResource(DueTaskSignal.class, Boolean.TRUE);
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // Nothing to do before the commit: the rows are what the workers read.
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        wakeOne();
                    }
                }
            });
        }
    }

    /** The count of wake-ups so far; a worker reads it before it looks at the table. */
    public long generation() {
        lock.lock();
        try {
            return generation;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until a wake-up after {@code seen} (the generation read before the worker found nothing
     * due), or until {@code most} has passed.
     */
    public void awaitAfter(long seen, Duration most) throws InterruptedException {
        long nanos = most.toNanos();
        lock.lock();
        try {
            while (generation == seen && nanos > 0) {
                nanos = due.awaitNanos(nanos);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Wakes one waiting worker now, if one waits; the others see the wake-up after their pause. */
    public void wakeOne() {
        lock.lock();
        try {
            generation++;
            due.signal();
        } finally {
            lock.unlock();
        }
    }

    /** The workers waiting now (for tests). */
    int waiting() {
        lock.lock();
        try {
            return lock.getWaitQueueLength(due);
        } finally {
            lock.unlock();
        }
    }

    /** Wakes every waiting worker now (the node stops). */
    public void wakeAll() {
        lock.lock();
        try {
            generation++;
            due.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
