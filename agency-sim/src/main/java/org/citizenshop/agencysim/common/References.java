package org.citizenshop.agencysim.common;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Hands out {@code <prefix>-<year>-<6-digit sequence>}, one sequence per prefix for all years. */
public final class References {

    private final Map<String, AtomicInteger> sequences = new ConcurrentHashMap<>();

    public String next(String prefix, int year) {
        int sequence =
                sequences.computeIfAbsent(prefix, p -> new AtomicInteger()).incrementAndGet();
        return String.format("%s-%d-%06d", prefix, year, sequence);
    }

    public void reset() {
        sequences.clear();
    }
}
