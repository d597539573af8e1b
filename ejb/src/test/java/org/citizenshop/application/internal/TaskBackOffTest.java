package org.citizenshop.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The wait before a task whose delivery failed is tried again: doubled each time, up to the longest. */
class TaskBackOffTest {

    @Test
    void theWaitDoublesFromTheFirstDelay_upToTheLongest() {
        TaskOutcomeService service = new TaskOutcomeService();
        service.retryDelayMillis = 5_000;
        service.maxRetryDelayMillis = 60_000;

        assertThat(service.backOff(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(service.backOff(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(service.backOff(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(service.backOff(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(service.backOff(5)).as("40 s doubled is over the longest").isEqualTo(Duration.ofSeconds(60));
        assertThat(service.backOff(30)).isEqualTo(Duration.ofSeconds(60));
        assertThat(service.backOff(Integer.MAX_VALUE))
                .as("no overflow however many")
                .isEqualTo(Duration.ofSeconds(60));
    }
}
