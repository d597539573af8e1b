package org.citizenshop.integration.cml;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.citizenshop.application.TaskDispatch;
import org.citizenshop.integration.delivery.OutcomeRecorder;
import org.citizenshop.integration.testing.RecordingOutcomes.Outcome;
import org.citizenshop.integration.testing.ScriptedAgency;
import org.citizenshop.integration.testing.TaskRouteTest;
import org.citizenshop.integration.testing.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The municipality's route over real HTTP against a scripted municipality (samples under agency/cml/). */
class CmlTaskRouteTest extends TaskRouteTest {

    private static final String KEY = Tasks.KEY;

    private final ScriptedAgency municipality = agency();

    CmlTaskRouteTest() {
        super("cml");
    }

    @Override
    protected RoutesBuilder route(OutcomeRecorder recorder) {
        return new CmlTaskRoute(new CmlTaskTranslator(), recorder);
    }

    @Override
    protected String routeId() {
        return CmlTaskRoute.ROUTE_ID;
    }

    @BeforeEach
    void pointAtTheMunicipality() {
        var properties = Tasks.retrying(2);
        properties.setProperty("agency.cml.url", municipality.url());
        properties.setProperty("shop.public-url", "https://shop.example.org/");
        configure(properties);
        context().start();
    }

    private static TaskDispatch newAddress() {
        return Tasks.task("cml-webhook", "CML-ADDRESS", "address", "Rua \"Nova\" 1, 1100-053 Lisboa");
    }

    @Test
    void acknowledgement_isRecordedWithTheReference_andTheRequestCarriesTheCallbackUrl() {
        municipality.answers(202, "acknowledged.json");

        deliver(newAddress());

        assertThat(outcomes.reported).containsExactly(new Outcome(KEY, "acknowledged", "CML-2026-000031"));
        assertThat(municipality.received).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/cml/v1/requests");
            assertThat(request.header("Idempotency-Key")).isEqualTo(KEY);
            assertThat(request.header("Content-Type")).startsWith("application/json");
            JsonObject sent =
                    Json.createReader(new StringReader(request.body())).readObject();
            assertThat(sent.getString("callbackUrl")).isEqualTo("https://shop.example.org/api/v1/agency-callbacks/cml");
            assertThat(sent.getString("service")).isEqualTo("CML-ADDRESS");
            assertThat(sent.getJsonObject("citizen").getString("civilIdNumber")).isEqualTo("12345678");
            assertThat(sent.getJsonObject("details").getString("address")).isEqualTo("Rua \"Nova\" 1, 1100-053 Lisboa");
        });
    }

    @Test
    void rejection_isRecordedWithItsCodeAndReason_withoutRetrying() {
        municipality.answers(422, "rejected-outside-municipality.json");

        deliver(newAddress());

        assertThat(municipality.received).hasSize(1);
        assertThat(outcomes.reported)
                .containsExactly(new Outcome(
                        KEY,
                        "rejected",
                        "OUTSIDE_MUNICIPALITY: The postal code 4100-112 is not in the municipality of Lisboa"));
    }

    @Test
    void aMunicipalityThatIsDown_isAskedAgainWithTheSameRequest() {
        municipality.answers(503, "down.json");
        municipality.answers(202, "acknowledged.json");
        NotifyBuilder done = new NotifyBuilder(context())
                .fromRoute(CmlTaskRoute.ROUTE_ID)
                .whenCompleted(1)
                .create();

        deliver(newAddress());

        assertThat(done.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(municipality.received).hasSize(2);
        assertThat(municipality.received.get(1).body())
                .isEqualTo(municipality.received.get(0).body());
        assertThat(outcomes.reported).extracting(Outcome::kind).containsExactly("acknowledged");
    }

    @Test
    void anAcknowledgementWithoutAReference_isAPermanentFailure() {
        municipality.answers(202, "acknowledged-without-reference.json");

        deliver(newAddress());

        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo("abandoned");
            assertThat(outcome.detail()).contains("not an acknowledgement with a reference");
        });
    }

    @Test
    void aReplyThatIsNotJson_isAPermanentFailure() {
        municipality.answersRaw(202, "text/html", "<html><body>Gateway says hello</body></html>");

        deliver(newAddress());

        assertThat(municipality.received).hasSize(1);
        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo("abandoned");
            assertThat(outcome.detail()).contains("not a JSON object");
        });
    }
}
