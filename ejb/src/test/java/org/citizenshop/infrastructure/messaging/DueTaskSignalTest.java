package org.citizenshop.infrastructure.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The delivery workers' wake-up: a worker that found nothing due waits for the next signal, or its pause. */
class DueTaskSignalTest {

    @Test
    void aWaitingWorker_wakesAtTheSignal_notAfterItsPause() throws Exception {
        DueTaskSignal signal = new DueTaskSignal();
        long seen = signal.generation();
        CompletableFuture<Long> woken = CompletableFuture.supplyAsync(() -> {
            long started = System.nanoTime();
            try {
                signal.awaitAfter(seen, Duration.ofMinutes(1));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return System.nanoTime() - started;
        });

        // No transaction here: the signal goes at once.
        signal.becameDue();

        assertThat(Duration.ofNanos(woken.get(10, TimeUnit.SECONDS))).isLessThan(Duration.ofSeconds(10));
        assertThat(signal.generation()).isEqualTo(seen + 1);
    }

    @Test
    void aSignalWakesOneWaitingWorker_theOthersWaitOn_untilAllAreWoken() throws Exception {
        DueTaskSignal signal = new DueTaskSignal();
        long seen = signal.generation();
        ExecutorService workers = Executors.newFixedThreadPool(2);
        CompletableFuture<Void> first = waitFor(signal, seen, workers);
        CompletableFuture<Void> second = waitFor(signal, seen, workers);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (signal.waiting() < 2 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(signal.waiting()).isEqualTo(2);

        signal.becameDue();

        CompletableFuture.anyOf(first, second).get(10, TimeUnit.SECONDS);
        assertThat(signal.waiting())
                .as("one worker woken, the other still waiting")
                .isEqualTo(1);
        assertThat(first.isDone() && second.isDone()).isFalse();

        signal.wakeAll();

        CompletableFuture.allOf(first, second).get(10, TimeUnit.SECONDS);
        assertThat(signal.waiting()).isZero();
        workers.shutdown();
    }

    private static CompletableFuture<Void> waitFor(DueTaskSignal signal, long seen, ExecutorService workers) {
        return CompletableFuture.runAsync(
                () -> {
                    try {
                        signal.awaitAfter(seen, Duration.ofMinutes(1));
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                },
                workers);
    }

    @Test
    void aSignalBeforeTheWait_isNotMissed() throws Exception {
        DueTaskSignal signal = new DueTaskSignal();
        long seen = signal.generation();
        signal.becameDue();

        long started = System.nanoTime();
        signal.awaitAfter(seen, Duration.ofMinutes(1));

        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as("a signal between the look at the table and the wait ends the wait at once")
                .isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void withoutASignal_theWaitEndsAfterItsPause() throws Exception {
        DueTaskSignal signal = new DueTaskSignal();

        long started = System.nanoTime();
        signal.awaitAfter(signal.generation(), Duration.ofMillis(200));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }
}
