package org.citizenshop.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.citizenshop.application.QueueState;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.catalogue.ServiceQueue;
import org.citizenshop.domain.model.shop.DeskRepository;
import org.citizenshop.domain.model.ticket.QueueLine;
import org.citizenshop.domain.model.ticket.TicketRepository;
import org.citizenshop.domain.service.WaitEstimator;

/** The live state of a queue: its line, and the wait a ticket taken now would have. */
@ApplicationScoped
class QueueStates {

    @Inject
    RecentServiceTimes serviceTimes;

    @Inject
    TicketRepository tickets;

    @Inject
    DeskRepository desks;

    @Inject
    Clock clock;

    QueueState of(ServiceQueue queue) {
        Instant now = clock.instant();
        LocalDate day = queue.shop().serviceDay(now);
        QueueLine line = tickets.line(queue, day);
        long openDesks = desks.openDesksServing(queue);
        Duration wait = WaitEstimator.estimate(
                line.waiting(), serviceTimes.of(queue, day), configuredAverage(queue), openDesks);
        return new QueueState(
                queue.code(),
                queue.name(),
                String.valueOf(queue.letter()),
                line.waiting(),
                line.priorityWaiting(),
                WaitEstimator.minutesShown(wait),
                line.longestWait(now).map(Duration::toMinutes).orElse(0L),
                openDesks);
    }

    /** Before any service of the day is done, the mean of the queue's services' configured durations. */
    private static Duration configuredAverage(ServiceQueue queue) {
        return queue.services().stream()
                .map(PublicService::averageServiceTime)
                .reduce(Duration::plus)
                .map(total -> total.dividedBy(queue.services().size()))
                .orElse(Duration.ofMinutes(10));
    }
}
