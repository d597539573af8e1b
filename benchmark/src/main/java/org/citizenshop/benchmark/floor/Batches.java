package org.citizenshop.benchmark.floor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.function.BooleanSupplier;

/** The loop of a writer thread that stores, as one batch, everything waiting for it. */
final class Batches {

    /** What is done with one batch; answering its requesters, also of a failure, is up to it. */
    interface Handler<T> {
        void handle(List<T> batch);
    }

    private Batches() {}

    /**
     * While {@code running}: waits for one item, takes every other one waiting (up to {@code most} in all) and hands
     * them to {@code handler}. Returns when interrupted or no longer running.
     */
    static <T> void drain(BlockingQueue<T> waiting, int most, BooleanSupplier running, Handler<T> handler) {
        List<T> batch = new ArrayList<>(most);
        while (running.getAsBoolean()) {
            try {
                batch.add(waiting.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            waiting.drainTo(batch, most - 1);
            handler.handle(batch);
            batch.clear();
        }
    }
}
