package org.citizenshop.domain.model.appointment;

import java.time.Instant;
import java.util.List;

/** A free appointment slot, and the desks (by id) that could take it, in the order they are offered. */
public record Slot(Instant start, Instant end, List<Long> desks) {

    public Slot {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a slot ends after it starts");
        }
        desks = List.copyOf(desks);
    }

    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }
}
