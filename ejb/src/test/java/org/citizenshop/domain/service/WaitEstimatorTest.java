package org.citizenshop.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WaitEstimatorTest {

    private static final Duration CONFIGURED = Duration.ofMinutes(10);

    @Test
    void nobodyAhead_meansNoWait() {
        assertThat(WaitEstimator.estimate(0, Optional.empty(), CONFIGURED, 2)).isZero();
    }

    @Test
    void peopleAhead_shareTheOpenDesks() {
        assertThat(WaitEstimator.estimate(6, Optional.empty(), CONFIGURED, 3)).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void recentServiceTimes_replaceTheConfiguredAverage() {
        Duration estimate = WaitEstimator.estimate(4, Optional.of(Duration.ofMinutes(3)), CONFIGURED, 1);

        assertThat(estimate).isEqualTo(Duration.ofMinutes(12));
    }

    @Test
    void withNoDeskOpen_oneDeskIsAssumed() {
        assertThat(WaitEstimator.estimate(2, Optional.empty(), CONFIGURED, 0)).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void minutesShown_roundUp() {
        assertThat(WaitEstimator.minutesShown(Duration.ofSeconds(61))).isEqualTo(2);
        assertThat(WaitEstimator.minutesShown(Duration.ZERO)).isZero();
    }
}
