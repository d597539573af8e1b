package org.citizenshop.domain.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnonymousTicketLimitTest {

    private final AnonymousTicketLimit limit = new AnonymousTicketLimit(3, Duration.ofHours(1));

    @Test
    void allowsTicketsUpToTheLimit() {
        assertThatCode(() -> limit.check(2)).doesNotThrowAnyException();
    }

    @Test
    void refusesTheTicketPastTheLimit_withWhenToRetry() {
        assertThatThrownBy(() -> limit.check(3))
                .isInstanceOf(TooManyTicketsException.class)
                .extracting(e -> ((TooManyTicketsException) e).retryAfter())
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void windowStart_isOneWindowBeforeNow() {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");

        assertThat(limit.windowStart(now)).isEqualTo(Instant.parse("2026-11-27T09:00:00Z"));
    }

    @Test
    void fingerprint_isStableAndDoesNotContainTheAddress() {
        ClientFingerprint one = ClientFingerprint.of("192.0.2.10");

        assertThat(one).isEqualTo(ClientFingerprint.of("192.0.2.10"));
        assertThat(one).isNotEqualTo(ClientFingerprint.of("192.0.2.11"));
        assertThat(one.value()).matches("[0-9a-f]{64}");
    }
}
