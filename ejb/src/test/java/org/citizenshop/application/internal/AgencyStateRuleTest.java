package org.citizenshop.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The state the desk shows of an agency ({@code IntegrationHealthService.state}). */
class AgencyStateRuleTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private static Instant ago(int seconds) {
        return NOW.minus(Duration.ofSeconds(seconds));
    }

    private static String state(Instant lastError, Instant lastSuccess, Instant oldestQueued, String circuit) {
        return IntegrationHealthService.state(NOW, lastError, lastSuccess, oldestQueued, circuit);
    }

    @Test
    void nothingWrong_isUp() {
        assertThat(state(null, null, null, "CLOSED")).isEqualTo("UP");
        assertThat(state(null, ago(5), ago(10), "CLOSED")).isEqualTo("UP");
    }

    @Test
    void aRecentErrorWithNoSuccessSince_isDown() {
        assertThat(state(ago(30), null, ago(30), "CLOSED")).isEqualTo("DOWN");
        assertThat(state(ago(30), ago(60), ago(30), "CLOSED")).isEqualTo("DOWN");
    }

    @Test
    void aSuccessAfterTheError_isUpAgain() {
        assertThat(state(ago(30), ago(10), null, "CLOSED")).isEqualTo("UP");
    }

    @Test
    void anErrorOlderThanTwoMinutes_nolongerCounts() {
        assertThat(state(ago(121), null, null, "CLOSED")).isEqualTo("UP");
        assertThat(state(ago(119), null, null, "CLOSED")).isEqualTo("DOWN");
    }

    @Test
    void anOpenCircuit_isDownWhateverTheTasksSay() {
        assertThat(state(null, ago(1), null, "OPEN")).isEqualTo("DOWN");
        assertThat(state(null, null, null, "HALF_OPEN")).isEqualTo("UP");
    }

    @Test
    void aTaskWaitingOverAMinute_isSlow_unlessTheAgencyIsDown() {
        assertThat(state(null, ago(5), ago(61), "CLOSED")).isEqualTo("SLOW");
        assertThat(state(null, ago(5), ago(59), "CLOSED")).isEqualTo("UP");
        assertThat(state(ago(5), null, ago(61), "CLOSED")).isEqualTo("DOWN");
    }
}
