package org.citizenshop.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.citizenshop.domain.model.catalogue.ServiceQueue;
import org.citizenshop.domain.model.ticket.TicketRepository;

/**
 * The mean of a queue's recent service times, read from the database at most every few seconds per
 * queue: every ticket shown and every kiosk screen asks for it, and an estimate a few seconds old is
 * as good as a fresh one. Each node keeps its own.
 */
@ApplicationScoped
class RecentServiceTimes {

    static final Duration FRESH_FOR = Duration.ofSeconds(15);

    private record Key(long queue, LocalDate day) {}

    private record Reading(Optional<Duration> mean, Instant readAt) {}

    private final Map<Key, Reading> readings = new ConcurrentHashMap<>();

    @Inject
    TicketRepository tickets;

    @Inject
    Clock clock;

    Optional<Duration> of(ServiceQueue queue, LocalDate day) {
        Instant now = clock.instant();
        Key key = new Key(queue.id(), day);
        Reading reading = readings.get(key);
        if (reading == null || reading.readAt().plus(FRESH_FOR).isBefore(now)) {
            reading = new Reading(tickets.averageServiceTime(queue, day), now);
            readings.put(key, reading);
            readings.keySet().removeIf(old -> old.day().isBefore(day.minusDays(1)));
        }
        return reading.mean();
    }
}
