package org.citizenshop.agencysim.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.citizenshop.agencysim.common.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BehaviourReaderTest {

    @Test
    void fullBehaviour_isRead() {
        Behaviour behaviour = read("{\"latencyMs\":250,\"failureRate\":0.25,\"down\":true}");

        assertThat(behaviour).isEqualTo(new Behaviour(250, 0.25, true));
    }

    @Test
    void absentFields_takeTheirNormalValue() {
        assertThat(read("{\"down\":true}")).isEqualTo(new Behaviour(0, 0.0, true));
        assertThat(read("{}")).isEqualTo(Behaviour.NORMAL);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"latencyMs\":-1}",
                "{\"latencyMs\":120001}",
                "{\"latencyMs\":1.5}",
                "{\"latencyMs\":\"100\"}",
                "{\"failureRate\":1.01}",
                "{\"failureRate\":-0.1}",
                "{\"failureRate\":\"half\"}",
                "{\"down\":\"true\"}",
                "{\"latency\":100}",
                "[]",
            })
    void invalidBehaviour_isRefused(String json) {
        assertThatIllegalArgumentException().isThrownBy(() -> read(json));
    }

    @Test
    void notANumberFailureRate_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Behaviour(0, Double.NaN, false));
    }

    private static Behaviour read(String json) {
        return BehaviourReader.read(Json.parse(json).orElseThrow());
    }
}
