package org.citizenshop.agencysim.irn;

import java.util.concurrent.atomic.AtomicInteger;

/** Hands out {@code IRN-CC-<year>-<6-digit sequence>}; one sequence for all years keeps references unique. */
final class AgencyReferences {

    private final AtomicInteger sequence = new AtomicInteger();

    String next(int year) {
        return String.format("%s-%d-%06d", ServiceRequestReader.CITIZEN_CARD, year, sequence.incrementAndGet());
    }

    void reset() {
        sequence.set(0);
    }
}
