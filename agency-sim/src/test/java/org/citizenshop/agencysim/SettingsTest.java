package org.citizenshop.agencysim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsTest {

    @Test
    void emptyEnvironment_listensOnLoopback8280WithTheContractsDefaults() {
        Settings settings = Settings.from(Map.of());

        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(8280);
        assertThat(settings.exchangeDir())
                .isEqualTo(Path.of(System.getProperty("java.io.tmpdir"), "citizen-shop-agencies"));
        assertThat(settings.issBatchMs()).isEqualTo(3000);
        assertThat(settings.cmlCallbackMs()).isEqualTo(2000);
        assertThat(settings.cmlWebhookSecret()).isEqualTo("dev-cml-webhook-secret-not-for-production");
        assertThat(settings.imtBrokerPort()).isEqualTo(61617);
        assertThat(settings.shopPublicUrl()).hasToString("http://localhost:8080");
        assertThat(settings.irnEventsSecret()).isEqualTo("dev-irn-events-secret-not-for-production");
    }

    @Test
    void environment_choosesHostAndPort() {
        Settings settings = Settings.from(Map.of("AGENCY_SIM_HOST", "0.0.0.0", "AGENCY_SIM_PORT", "9999"));

        assertThat(settings.host()).isEqualTo("0.0.0.0");
        assertThat(settings.port()).isEqualTo(9999);
    }

    @Test
    void environment_choosesExchangeFolderPacesAndSecret() {
        Settings settings = Settings.from(Map.of(
                "AGENCY_EXCHANGE_DIR", "/srv/exchange",
                "AGENCY_SIM_ISS_BATCH_MS", "500",
                "AGENCY_SIM_CML_CALLBACK_MS", "0",
                "CML_WEBHOOK_SECRET", "s3cret",
                "AGENCY_SIM_IMT_BROKER_PORT", "61700"));

        assertThat(settings.exchangeDir()).isEqualTo(Path.of("/srv/exchange"));
        assertThat(settings.issBatchMs()).isEqualTo(500);
        assertThat(settings.cmlCallbackMs()).isZero();
        assertThat(settings.cmlWebhookSecret()).isEqualTo("s3cret");
        assertThat(settings.imtBrokerPort()).isEqualTo(61700);
    }

    @Test
    void environment_choosesWhereTheShopIsAndTheEventsSecret() {
        Settings settings = Settings.from(Map.of(
                "SHOP_PUBLIC_URL", "https://shop.example.org/citizen//",
                "IRN_EVENTS_SECRET", "an irn secret"));

        assertThat(settings.shopPublicUrl()).hasToString("https://shop.example.org/citizen");
        assertThat(settings.irnEventsSecret()).isEqualTo("an irn secret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:8080", "/shop", "ftp://shop.example.org", "http://", "http://shop?x=1", "a b"})
    void invalidShopUrl_isRefusedWithTheVariableName(String url) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Settings.from(Map.of("SHOP_PUBLIC_URL", url)))
                .withMessageContaining("SHOP_PUBLIC_URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "0", "-5", "86400001"})
    void invalidBatchInterval_isRefusedWithTheVariableName(String millis) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Settings.from(Map.of("AGENCY_SIM_ISS_BATCH_MS", millis)))
                .withMessageContaining("AGENCY_SIM_ISS_BATCH_MS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"later", "-1"})
    void invalidCallbackDelay_isRefusedWithTheVariableName(String millis) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Settings.from(Map.of("AGENCY_SIM_CML_CALLBACK_MS", millis)))
                .withMessageContaining("AGENCY_SIM_CML_CALLBACK_MS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"eighty", "-1", "65536"})
    void invalidPort_isRefusedWithTheVariableName(String port) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Settings.from(Map.of("AGENCY_SIM_PORT", port)))
                .withMessageContaining("AGENCY_SIM_PORT");
    }
}
