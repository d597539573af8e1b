package org.citizenshop.integration.irn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.citizenshop.application.CitizenCardDispatch;
import org.citizenshop.integration.camel.AgencyErrorHandling;
import org.citizenshop.integration.camel.AgencyHttp;
import org.citizenshop.integration.delivery.AgencyOutcome;
import org.citizenshop.integration.delivery.OutcomeRecorder;
import org.citizenshop.integration.testing.RecordingOutcomes;
import org.citizenshop.integration.testing.ScriptedAgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The civil registry route over real HTTP against a scripted registry (sample payloads under
 * agency/irn/); AdviceWith taps the outcome step, so each test sees what was sent, what came back
 * and what was reported to the application.
 */
class IrnServiceRequestRouteTest extends CamelTestSupport {

    private static final String KEY = "8f14e45f-ceea-4e7a-9a3b-2f1c6d0b5a11";
    private static final int MAX_REDELIVERIES = 3;

    private final ScriptedAgency registry = new ScriptedAgency("irn");
    private final RecordingOutcomes outcomes = new RecordingOutcomes();

    @Override
    public void configureTest(TestExecutionConfiguration test) {
        super.configureTest(test);
        test.withUseAdviceWith(true);
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        OutcomeRecorder recorder = new OutcomeRecorder(outcomes, outcomes, outcomes);
        return new RoutesBuilder[] {
            new AgencyErrorHandling(recorder), new IrnServiceRequestRoute(new IrnTranslator(), recorder)
        };
    }

    @BeforeEach
    void pointAtTheRegistryAndTapTheOutcome() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("agency.irn.url", registry.url());
        properties.setProperty("agency.retry.maximum-redeliveries", String.valueOf(MAX_REDELIVERIES));
        properties.setProperty("agency.retry.initial-delay-ms", "5");
        properties.setProperty("agency.retry.backoff-multiplier", "2");
        properties.setProperty("agency.http.connect-timeout-ms", "1000");
        properties.setProperty("agency.http.response-timeout-ms", "2000");
        context().getPropertiesComponent().setOverrideProperties(properties);
        AgencyHttp.configure(context());
        AdviceWith.adviceWith(context(), IrnServiceRequestRoute.ROUTE_ID, route -> route.weaveById("irn-record-outcome")
                .before()
                .to("mock:outcome"));
        context().start();
    }

    @AfterEach
    void stopRegistry() {
        registry.close();
    }

    private static CitizenCardDispatch renewal() {
        return new CitizenCardDispatch(
                KEY,
                "IRN",
                "IRN-CC",
                "LX-LARANJEIRAS",
                "A001",
                "12345678",
                "123456782ZZ6",
                "RENEWAL",
                "LX-LARANJEIRAS",
                false);
    }

    @Test
    void accepted_postsTheRegistrysJsonWithTheIdempotencyKey_andRecordsTheReference() throws Exception {
        registry.answers(201, "accepted.json");
        MockEndpoint outcome = getMockEndpoint("mock:outcome");
        outcome.expectedMessageCount(1);

        template().requestBody(IrnServiceRequestRoute.ENDPOINT, renewal());

        outcome.assertIsSatisfied();
        assertThat(outcome.getReceivedExchanges().get(0).getMessage().getBody())
                .isEqualTo(new AgencyOutcome.Accepted("IRN-CC-2026-000123", java.time.LocalDate.of(2026, 12, 4)));
        assertThat(registry.received).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/irn/v1/service-requests");
            assertThat(request.header("Idempotency-Key")).isEqualTo(KEY);
            assertThat(request.header("Content-Type")).startsWith("application/json");
            assertThat(request.header("CitizenShopRequestKey")).isNull();
            assertThat(request.body())
                    .contains("\"service\":\"IRN-CC\"")
                    .contains("\"civilIdNumber\":\"12345678\"")
                    .contains("\"documentNumber\":\"123456782ZZ6\"")
                    .contains("\"reason\":\"RENEWAL\"")
                    .contains("\"deliveryPlace\":\"LX-LARANJEIRAS\"")
                    .contains("\"ticket\":\"A001\"");
        });
        assertThat(outcomes.reported)
                .containsExactly(new RecordingOutcomes.Outcome(KEY, "accepted", "IRN-CC-2026-000123 2026-12-04"));
    }

    @Test
    void rejected_recordsTheRegistrysReason_withoutRetrying() {
        registry.answers(422, "rejected-unknown-citizen.json");

        template().requestBody(IrnServiceRequestRoute.ENDPOINT, renewal());

        assertThat(registry.received).hasSize(1);
        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo("rejected");
            assertThat(outcome.detail()).startsWith("UNKNOWN_CITIZEN: No civil record");
        });
    }

    @Test
    void transientFailures_resendTheSameRequest_untilTheRegistryAccepts() {
        registry.answers(503, "down.json");
        registry.answersRaw(500, "{\"code\":\"SIMULATED_FAILURE\"}");
        registry.answers(201, "accepted.json");
        NotifyBuilder done = new NotifyBuilder(context())
                .fromRoute(IrnServiceRequestRoute.ROUTE_ID)
                .whenCompleted(1)
                .create();

        template().asyncRequestBody(IrnServiceRequestRoute.ENDPOINT, renewal());

        assertThat(done.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(registry.received).hasSize(3);
        assertThat(registry.received)
                .extracting(request -> request.header("Idempotency-Key"))
                .containsOnly(KEY);
        assertThat(registry.received)
                .extracting(ScriptedAgency.Received::body)
                .containsOnly(registry.received.get(0).body());
        assertThat(outcomes.reported)
                .extracting(RecordingOutcomes.Outcome::kind)
                .containsExactly("accepted");
    }

    @Test
    void persistentTransientFailure_isRecorded_andThrownBackForTheBrokerToRedeliver() {
        for (int attempt = 0; attempt <= MAX_REDELIVERIES; attempt++) {
            registry.answers(503, "down.json");
        }
        NotifyBuilder failed = new NotifyBuilder(context())
                .fromRoute(IrnServiceRequestRoute.ROUTE_ID)
                .whenFailed(1)
                .create();

        assertThatThrownBy(() -> template().requestBody(IrnServiceRequestRoute.ENDPOINT, renewal()))
                .isInstanceOf(CamelExecutionException.class)
                .hasCauseInstanceOf(HttpOperationFailedException.class);

        assertThat(failed.matches(5, TimeUnit.SECONDS)).isTrue();
        assertThat(registry.received).hasSize(1 + MAX_REDELIVERIES);
        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo("failed");
            assertThat(outcome.detail()).startsWith("HTTP 503 from ").contains("\"code\":\"DOWN\"");
        });
    }

    @Test
    void anAnswerThatCanNeverSucceed_isRecordedAsFailed_andNotRetried() {
        registry.answers(409, "key-reused.json");

        template().requestBody(IrnServiceRequestRoute.ENDPOINT, renewal());

        assertThat(registry.received).hasSize(1);
        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo("failed");
            assertThat(outcome.detail()).startsWith("HTTP 409").contains("KEY_REUSED");
        });
    }

    @Test
    void anUnreadableAcceptance_isRecordedAsFailed_notAsAccepted() {
        registry.answersRaw(201, "<html>proxy error</html>");

        template().requestBody(IrnServiceRequestRoute.ENDPOINT, renewal());

        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo("failed");
            assertThat(outcome.detail()).contains("not JSON");
        });
    }

    @Test
    void anUnreachableRegistry_isRetried_thenRecordedAsFailed() {
        registry.close();

        assertThatThrownBy(() -> template().requestBody(IrnServiceRequestRoute.ENDPOINT, renewal()))
                .isInstanceOf(CamelExecutionException.class);

        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo("failed");
            assertThat(outcome.detail()).contains("Connect");
        });
    }
}
