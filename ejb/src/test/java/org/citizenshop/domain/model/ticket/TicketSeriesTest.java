package org.citizenshop.domain.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.citizenshop.domain.model.Fixtures;
import org.junit.jupiter.api.Test;

class TicketSeriesTest {

    private final Fixtures floor = new Fixtures();
    private final LocalDate day = LocalDate.of(2026, 11, 27);

    @Test
    void issue_numbersConsecutivelyFromOne() {
        TicketSeries series = new TicketSeries(null, day, 'A');

        Ticket first = series.issue(
                floor.registryQueue, java.util.List.of(floor.citizenCard), null, Channel.KIOSK, null, Fixtures.MORNING);
        Ticket second = series.issue(
                floor.registryQueue, java.util.List.of(floor.certificate), null, Channel.WEB, null, Fixtures.MORNING);

        assertThat(first.number()).hasToString("A001");
        assertThat(second.number()).hasToString("A002");
        assertThat(series.lastNumber()).isEqualTo(2);
        assertThat(first.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(first.serviceDay()).isEqualTo(day);
    }

    @Test
    void issue_priorityTicketsComeFromThePSeries() {
        TicketSeries priority = new TicketSeries(null, day, 'P');

        Ticket ticket = priority.issue(
                floor.registryQueue,
                java.util.List.of(floor.citizenCard),
                PriorityReason.PREGNANCY,
                Channel.KIOSK,
                null,
                Fixtures.MORNING);

        assertThat(ticket.number()).hasToString("P001");
        assertThat(ticket.isPriority()).isTrue();
        assertThat(ticket.queue()).isSameAs(floor.registryQueue);
    }

    @Test
    void draw_afterTheLastFiveDigitNumber_refusesAndGivesNothing() {
        TicketSeries series = new TicketSeries(null, day, 'A');
        for (int i = 1; i < TicketNumber.MAX_SEQUENCE; i++) {
            series.draw();
        }
        assertThat(series.draw()).hasToString("A99999");

        assertThatThrownBy(series::draw)
                .isInstanceOf(SeriesUsedUpException.class)
                .extracting(e -> ((SeriesUsedUpException) e).messageKey())
                .isEqualTo("ticket.seriesUsedUp");
        assertThat(series.lastNumber()).isEqualTo(TicketNumber.MAX_SEQUENCE);
    }

    @Test
    void issue_refusesATicketOfAnotherLetter() {
        TicketSeries wrong = new TicketSeries(null, day, 'B');

        assertThatThrownBy(() -> wrong.issue(
                        floor.registryQueue,
                        java.util.List.of(floor.citizenCard),
                        null,
                        Channel.KIOSK,
                        null,
                        Fixtures.MORNING))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(wrong.lastNumber()).isZero();
    }

    @Test
    void serviceDay_isTheShopsLocalDay() {
        TicketSeries series = new TicketSeries(null, LocalDate.of(2026, 7, 1), 'A');

        // 23:30 UTC on 30 June is already 1 July in Lisbon (summer time, UTC+1).
        Ticket late = series.issue(
                floor.registryQueue,
                java.util.List.of(floor.citizenCard),
                null,
                Channel.KIOSK,
                null,
                java.time.Instant.parse("2026-06-30T23:30:00Z"));

        assertThat(late.serviceDay()).isEqualTo(LocalDate.of(2026, 7, 1));
    }
}
