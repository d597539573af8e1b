package org.citizenshop.agencysim;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.random.RandomGenerator;

/** Failure dice that roll exactly the values a test scripts, and complain when rolled more often than expected. */
final class ScriptedDice implements RandomGenerator {

    private final Queue<Double> rolls = new ConcurrentLinkedQueue<>();

    void willRoll(double... values) {
        for (double value : values) {
            rolls.add(value);
        }
    }

    /** How many scripted rolls are left. */
    int remaining() {
        return rolls.size();
    }

    @Override
    public double nextDouble() {
        Double roll = rolls.poll();
        if (roll == null) {
            throw new IllegalStateException("The dice were rolled more often than the test scripted");
        }
        return roll;
    }

    @Override
    public long nextLong() {
        throw new UnsupportedOperationException("Only nextDouble is scripted");
    }
}
