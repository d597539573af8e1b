package org.citizenshop.domain.service;

import java.time.Duration;
import java.util.Optional;

/**
 * Estimates how long a citizen will wait: the people ahead share the desks that serve the queue, each
 * taking the queue's recent mean service time (or the service's configured average before any
 * ticket of the day is done). With no desk open yet, one desk is assumed, so the figure is a floor.
 */
public final class WaitEstimator {

    private WaitEstimator() {}

    public static Duration estimate(
            long peopleAhead, Optional<Duration> recentMean, Duration configuredAverage, long openDesks) {
        if (peopleAhead < 0 || openDesks < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        Duration perTicket =
                recentMean.filter(d -> !d.isZero() && !d.isNegative()).orElse(configuredAverage);
        long desks = Math.max(1, openDesks);
        long seconds = Math.round((double) peopleAhead * perTicket.toSeconds() / desks);
        return Duration.ofSeconds(seconds);
    }

    /** Whole minutes, rounded up, as shown on a ticket: nobody is told "0 minutes" with people ahead. */
    public static long minutesShown(Duration wait) {
        long seconds = wait.toSeconds();
        return (seconds + 59) / 60;
    }
}
