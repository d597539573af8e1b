package org.citizenshop.agencysim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsTest {

    @Test
    void emptyEnvironment_listensOnLoopback8280() {
        assertThat(Settings.from(Map.of())).isEqualTo(new Settings("127.0.0.1", 8280));
    }

    @Test
    void environment_choosesHostAndPort() {
        Settings settings = Settings.from(Map.of("AGENCY_SIM_HOST", "0.0.0.0", "AGENCY_SIM_PORT", "9999"));

        assertThat(settings).isEqualTo(new Settings("0.0.0.0", 9999));
    }

    @ParameterizedTest
    @ValueSource(strings = {"eighty", "-1", "65536"})
    void invalidPort_isRefusedWithTheVariableName(String port) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Settings.from(Map.of("AGENCY_SIM_PORT", port)))
                .withMessageContaining("AGENCY_SIM_PORT");
    }
}
