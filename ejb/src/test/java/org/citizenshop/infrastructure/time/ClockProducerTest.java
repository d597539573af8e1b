package org.citizenshop.infrastructure.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ClockProducerTest {

    private static final Instant MOMENT = Instant.parse("2026-11-27T18:00:00.123456789Z");

    @Test
    void theApplicationsClock_keepsMicroseconds_andGivesMillis() {
        Clock clock = ClockProducer.microseconds(Clock.fixed(MOMENT, ZoneOffset.UTC));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-27T18:00:00.123456Z"));
        assertThat(clock.millis()).isEqualTo(MOMENT.toEpochMilli());
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void inAnotherZone_itIsTheSameMoment() {
        Clock lisbon =
                ClockProducer.microseconds(Clock.fixed(MOMENT, ZoneOffset.UTC)).withZone(ZoneId.of("Europe/Lisbon"));

        assertThat(lisbon.getZone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
        assertThat(lisbon.instant()).isEqualTo(Instant.parse("2026-11-27T18:00:00.123456Z"));
    }
}
