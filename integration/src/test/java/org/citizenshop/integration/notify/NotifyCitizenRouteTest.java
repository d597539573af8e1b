package org.citizenshop.integration.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.citizenshop.application.port.Notification;
import org.citizenshop.integration.camel.AgencyErrorHandling;
import org.citizenshop.integration.camel.AgencyHttp;
import org.citizenshop.integration.delivery.OutcomeRecorder;
import org.citizenshop.integration.testing.RecordingOutcomes;
import org.citizenshop.integration.testing.RecordingOutcomes.Outcome;
import org.citizenshop.integration.testing.ScriptedAgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The alert route over real HTTP against a scripted notification gateway (samples under agency/notify/). */
class NotifyCitizenRouteTest extends CamelTestSupport {

    private static final int MAX_REDELIVERIES = 2;

    private final ScriptedAgency gateway = new ScriptedAgency("notify");
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
            new AgencyErrorHandling(recorder), new NotifyCitizenRoute(new NotifyTranslator(), recorder)
        };
    }

    @BeforeEach
    void pointAtTheGateway() {
        Properties properties = new Properties();
        properties.setProperty("notify.url", gateway.url());
        properties.setProperty("agency.retry.maximum-redeliveries", String.valueOf(MAX_REDELIVERIES));
        properties.setProperty("agency.retry.initial-delay-ms", "5");
        properties.setProperty("agency.retry.backoff-multiplier", "2");
        properties.setProperty("agency.http.connect-timeout-ms", "1000");
        properties.setProperty("agency.http.response-timeout-ms", "2000");
        context().getPropertiesComponent().setOverrideProperties(properties);
        AgencyHttp.configure(context());
        context().start();
    }

    @AfterEach
    void stopGateway() {
        gateway.close();
    }

    private static Notification sms() {
        return new Notification(
                "alert-7", 7L, "sms", "+351912345678", null, "Loja do Cidadão: senha A012, 3 senha(s) antes da sua.");
    }

    @Test
    void anSms_isPostedWithItsKey_andTheGatewaysMessageIdIsRecorded() {
        gateway.answers(202, "queued-sms.json");

        template().requestBody(NotifyCitizenRoute.ENDPOINT, sms());

        assertThat(gateway.received).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/notify/v1/sms");
            assertThat(request.header("Idempotency-Key")).isEqualTo("alert-7");
            assertThat(request.body())
                    .contains("\"to\":\"+351912345678\"")
                    .contains("senha A012")
                    .doesNotContain("subject");
        });
        assertThat(outcomes.reported).containsExactly(new Outcome("alert-7", "sent", "SMS-000042"));
    }

    @Test
    void aNoticeThatFulfilsNoAlert_isSent_andRecordsNothingInTheApplication() {
        gateway.answers(202, "queued-sms.json");

        template()
                .requestBody(
                        NotifyCitizenRoute.ENDPOINT,
                        Notification.notice(
                                "proposal-CS-2026-000001-mother", "+351912345678", "Loja do Cidadão: o nascimento"));

        assertThat(gateway.received).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/notify/v1/sms");
            assertThat(request.header("Idempotency-Key")).isEqualTo("proposal-CS-2026-000001-mother");
            assertThat(request.body()).contains("\"to\":\"+351912345678\"");
        });
        assertThat(outcomes.reported).as("no alert stands for it").isEmpty();
    }

    @Test
    void anEmail_goesToTheEmailEndpoint_withItsSubject() {
        gateway.answersRaw(202, "{\"messageId\":\"EMAIL-000003\"}");

        template()
                .requestBody(
                        NotifyCitizenRoute.ENDPOINT,
                        new Notification(
                                "alert-9", 9L, "email", "cidada@example.org", "A sua vez está próxima: A012", "texto"));

        assertThat(gateway.received).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/notify/v1/email");
            assertThat(request.body()).contains("\"subject\":\"A sua vez está próxima: A012\"");
        });
        assertThat(outcomes.reported).containsExactly(new Outcome("alert-9", "sent", "EMAIL-000003"));
    }

    @Test
    void aRecipientTheGatewayRefuses_isRecordedAsFailed_onceAndWithItsReason() {
        gateway.answers(422, "invalid-recipient.json");

        template().requestBody(NotifyCitizenRoute.ENDPOINT, sms());

        assertThat(gateway.received).hasSize(1);
        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.key()).isEqualTo("alert-7");
            assertThat(outcome.kind()).isEqualTo("alert-failed");
            assertThat(outcome.detail()).startsWith("HTTP 422").contains("INVALID_RECIPIENT");
        });
    }

    @Test
    void aGatewayThatStaysDown_isRetriedWithTheSameKey_thenThrownBackForTheBroker() {
        for (int attempt = 0; attempt <= MAX_REDELIVERIES; attempt++) {
            gateway.answersRaw(503, "{\"code\":\"DOWN\"}");
        }

        assertThatThrownBy(() -> template().requestBody(NotifyCitizenRoute.ENDPOINT, sms()))
                .isInstanceOf(CamelExecutionException.class)
                .hasCauseInstanceOf(HttpOperationFailedException.class);

        assertThat(gateway.received).hasSize(1 + MAX_REDELIVERIES);
        assertThat(gateway.received)
                .extracting(request -> request.header("Idempotency-Key"))
                .containsOnly("alert-7");
        assertThat(outcomes.reported)
                .extracting(Outcome::kind)
                .containsOnly("alert-failed")
                .isNotEmpty();
    }

    @Test
    void anAnswerWithoutAMessageId_isNotTakenAsSent() {
        gateway.answers(202, "without-id.json");

        template().requestBody(NotifyCitizenRoute.ENDPOINT, sms());

        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo("alert-failed");
            assertThat(outcome.detail()).contains("without a message id");
        });
    }
}
