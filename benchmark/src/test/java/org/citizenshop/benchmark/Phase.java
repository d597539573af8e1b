package org.citizenshop.benchmark;

import java.util.concurrent.atomic.AtomicLong;

/**
 * When the measured phase of a simulation ran: from the first virtual user entering its loop to the last one
 * leaving it. Throughput is the measured requests divided by this span, so neither the warm-up nor Gatling's
 * start and report count.
 */
final class Phase {

    private final AtomicLong firstStartNanos = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastEndNanos = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong firstStartEpochMillis = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastEndEpochMillis = new AtomicLong(Long.MIN_VALUE);

    void userStarted() {
        firstStartNanos.accumulateAndGet(System.nanoTime(), Math::min);
        firstStartEpochMillis.accumulateAndGet(System.currentTimeMillis(), Math::min);
    }

    void userFinished() {
        lastEndNanos.accumulateAndGet(System.nanoTime(), Math::max);
        lastEndEpochMillis.accumulateAndGet(System.currentTimeMillis(), Math::max);
    }

    boolean ran() {
        return firstStartNanos.get() != Long.MAX_VALUE && lastEndNanos.get() != Long.MIN_VALUE;
    }

    double seconds() {
        return ran() ? (lastEndNanos.get() - firstStartNanos.get()) / 1e9 : 0;
    }

    long startEpochMillis() {
        return ran() ? firstStartEpochMillis.get() : 0;
    }

    long endEpochMillis() {
        return ran() ? lastEndEpochMillis.get() : 0;
    }
}
