package org.citizenshop.domain.model.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A queue's waiting line at a moment: its length, the priority tickets in it, its oldest arrival. */
public record QueueLine(long waiting, long priorityWaiting, Instant oldestArrival) {

    /** How long the first ticket in line has waited (nothing when nobody waits). */
    public Optional<Duration> longestWait(Instant now) {
        return Optional.ofNullable(oldestArrival).map(first -> Duration.between(first, now));
    }
}
