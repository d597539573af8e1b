package org.citizenshop.integration.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AgencyCircuitTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-27T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final AgencyCircuit circuit = new AgencyCircuit(3, Duration.ofSeconds(20), clock);

    @Test
    void failuresInARow_openTheCircuit_ofThatAgencyOnly() {
        circuit.failed("AT");
        circuit.failed("AT");
        assertThat(circuit.allows("AT")).isTrue();
        circuit.failed("AT");

        assertThat(circuit.allows("AT")).isFalse();
        assertThat(circuit.allows("IRN")).isTrue();
        assertThat(circuit.states()).containsEntry("AT", "OPEN").containsEntry("IRN", "CLOSED");
    }

    @Test
    void aRefusedDelivery_waitsUntilThePauseEnds_thenAMomentWhileTheTrialRuns() {
        assertThat(circuit.untilTrial("AT")).isZero();
        circuit.failed("AT");
        circuit.failed("AT");
        circuit.failed("AT");
        now.set(now.get().plusSeconds(5));

        assertThat(circuit.untilTrial("AT")).isEqualTo(Duration.ofSeconds(15));
        now.set(now.get().plusSeconds(15));
        assertThat(circuit.allows("AT")).as("the trial").isTrue();
        assertThat(circuit.untilTrial("AT")).isEqualTo(AgencyCircuit.TRIAL_WAIT);
        circuit.succeeded("AT");
        assertThat(circuit.untilTrial("AT")).isZero();
    }

    @Test
    void anAnswerInBetween_startsTheCountAgain() {
        circuit.failed("AT");
        circuit.failed("AT");
        circuit.succeeded("AT");
        circuit.failed("AT");
        circuit.failed("AT");

        assertThat(circuit.allows("AT")).isTrue();
    }

    @Test
    void afterThePause_oneDeliveryTries_andItsOutcomeDecides() {
        circuit.failed("AT");
        circuit.failed("AT");
        circuit.failed("AT");
        now.set(now.get().plusSeconds(21));

        assertThat(circuit.states()).containsEntry("AT", "HALF_OPEN");
        assertThat(circuit.allows("AT")).as("the trial").isTrue();
        assertThat(circuit.allows("AT")).as("only one at a time").isFalse();
        circuit.failed("AT");
        assertThat(circuit.allows("AT")).as("open again").isFalse();

        now.set(now.get().plusSeconds(21));
        assertThat(circuit.allows("AT")).isTrue();
        circuit.succeeded("AT");
        assertThat(circuit.states()).containsEntry("AT", "CLOSED");
        assertThat(circuit.allows("AT")).isTrue();
        assertThat(circuit.allows("AT")).isTrue();
    }
}
