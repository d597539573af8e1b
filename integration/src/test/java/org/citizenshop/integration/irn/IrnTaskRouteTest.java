package org.citizenshop.integration.irn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.citizenshop.integration.delivery.DeliveryProperties;
import org.citizenshop.integration.delivery.OutcomeRecorder;
import org.citizenshop.integration.delivery.TaskOutcome;
import org.citizenshop.integration.testing.RecordingOutcomes.Outcome;
import org.citizenshop.integration.testing.ScriptedAgency;
import org.citizenshop.integration.testing.TaskRouteTest;
import org.citizenshop.integration.testing.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The civil registry's case task route over real HTTP against a scripted registry (samples under agency/irn/). */
class IrnTaskRouteTest extends TaskRouteTest {

    private static final String KEY = Tasks.KEY;

    private final ScriptedAgency registry = agency();

    IrnTaskRouteTest() {
        super("irn");
    }

    @Override
    protected RoutesBuilder route(OutcomeRecorder recorder) {
        return new IrnTaskRoute(new IrnTaskTranslator(), recorder);
    }

    @Override
    protected String routeId() {
        return IrnTaskRoute.ROUTE_ID;
    }

    @BeforeEach
    void pointAtTheRegistry() throws Exception {
        Properties properties = Tasks.retrying(2);
        properties.setProperty("agency.irn.url", registry.url());
        configure(properties);
        AdviceWith.adviceWith(context(), IrnTaskRoute.ROUTE_ID, route -> route.weaveById("irn-task-record-outcome")
                .before()
                .to("mock:outcome"));
        context().start();
    }

    @Test
    void completed_postsTheTaskWithItsKey_andRecordsTheRegistrysOutputs() throws Exception {
        registry.answers(201, "completed-birth.json");
        MockEndpoint outcome = getMockEndpoint("mock:outcome");
        outcome.expectedMessageCount(1);

        deliver(Tasks.task(
                "irn-rest",
                "IRN-BIRTH",
                "child.givenNames",
                "Maria \"Mimi\"",
                "child.surnames",
                "Silva\\Santos",
                "address",
                "Rua Augusta 1, 1100-053 Lisboa"));

        outcome.assertIsSatisfied();
        assertThat(outcome.getReceivedExchanges().get(0).getMessage().getBody())
                .isEqualTo(new TaskOutcome.Completed(
                        "IRN-2026-000001",
                        Map.of("child.civilId", "30000001", "birth.recordNumber", "NASC-2026-000001")));
        assertThat(registry.received).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/irn/v1/service-requests");
            assertThat(request.header("Idempotency-Key")).isEqualTo(KEY);
            assertThat(request.header("Content-Type")).startsWith("application/json");
            assertThat(request.header(DeliveryProperties.TASK_KEY)).isNull();
            assertThat(request.body())
                    .contains("\"service\":\"IRN-BIRTH\"")
                    .contains("\"caseReference\":\"CS-2026-000001\"")
                    .contains("\"citizen\":{\"civilIdNumber\":\"12345678\"}")
                    .contains("\"child.givenNames\":\"Maria \\\"Mimi\\\"\"")
                    .contains("\"child.surnames\":\"Silva\\\\Santos\"");
        });
        assertThat(outcomes.reported)
                .containsExactly(new Outcome(
                        KEY,
                        "completed",
                        "IRN-2026-000001 {birth.recordNumber=NASC-2026-000001, child.civilId=30000001}"));
    }

    @Test
    void aBirthRecordWithTheCompletion_isReadChecked_andReportedWithIt() {
        registry.answers(201, "completed-birth-with-document.json");

        deliver(Tasks.task("irn-rest", "IRN-BIRTH", "child.givenNames", "Maria"));

        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo("completed");
            assertThat(outcome.detail()).startsWith("IRN-BIRTH-2026-000001 {birth.recordNumber=NASC-2026-000001");
        });
        assertThat(outcomes.documents).singleElement().satisfies(document -> {
            assertThat(document.usable()).as(document.toString()).isTrue();
            assertThat(document.fileName()).isEqualTo("IRN-BIRTH-2026-000001.pdf");
            assertThat(document.verificationCode()).isEqualTo("IRN-GVTC-JJTJ-2N50");
            assertThat(document.sha256()).isEqualTo("2302b15d83f6be2bd4d9caba7940790b5070a52ae091486728bf23cb84076470");
            assertThat(document.content()).hasSize(1570).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        });
    }

    /**
     * The registry did the work and its outputs feed the next steps; asking again would bring the same
     * document back. So the step is completed and the problem with its document kept for the clerk.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "document-malformed-base64.json   | the document's content is not valid base64",
                "document-wrong-digest.json       | the document's SHA-256 digest does not match its content",
                "document-too-big.json            | the document declares 3145728 bytes, more than the limit of 2097152",
                "document-not-a-pdf.json          | the document is not a PDF",
                "document-wrong-content-type.json | the document is text/html, not a PDF",
                "document-not-an-object.json      | the document is not a JSON object"
            })
    void aDocumentThatCannotBeAccepted_completesTheStepWithoutProof_withTheProblem(String sample, String problem) {
        registry.answers(201, sample);

        deliver(Tasks.task("irn-rest", "IRN-BIRTH", "child.givenNames", "Maria"));

        assertThat(registry.received).as("not asked again").hasSize(1);
        assertThat(outcomes.reported).singleElement().satisfies(outcome -> assertThat(outcome.kind())
                .isEqualTo("completed"));
        assertThat(outcomes.documents).singleElement().satisfies(document -> {
            assertThat(document.usable()).isFalse();
            assertThat(document.problem()).isEqualTo(problem);
            assertThat(document.content()).isNull();
        });
    }

    @Test
    void citizenCardAcceptance_isACompletion_withTheRequestNumberAndExpectedDateAsOutputs() {
        registry.answers(201, "accepted.json");

        deliver(Tasks.task("irn-rest", "IRN-CC", "cc.reason", "RENEWAL", "cc.deliveryPlace", "THIS_SHOP"));

        assertThat(outcomes.reported)
                .containsExactly(new Outcome(
                        KEY,
                        "completed",
                        "IRN-CC-2026-000123 {cc.expectedDate=2026-12-04, cc.requestNumber=IRN-CC-2026-000123}"));
    }

    @Test
    void rejection_isRecordedWithTheRegistrysCodeAndReason_withoutRetrying() {
        registry.answers(422, "rejected-unknown-citizen.json");

        deliver(Tasks.task("irn-rest", "IRN-BIRTH", "child.givenNames", "Maria"));

        assertThat(registry.received).hasSize(1);
        assertThat(outcomes.reported)
                .containsExactly(
                        new Outcome(KEY, "rejected", "UNKNOWN_CITIZEN: No civil record for civil ID number 99999999"));
    }

    @Test
    void aRequestTheRegistryRefusesBeforeActing_isRecordedAsRefused_notRetried() {
        registry.answers(400, "refused-malformed.json");

        deliver(Tasks.task("irn-rest", "IRN-BIRTH", "child.givenNames", "Maria"));

        assertThat(registry.received).hasSize(1);
        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).as("nothing recorded under the key").isEqualTo("refused");
            assertThat(outcome.detail()).contains("HTTP 400").contains("INVALID_REQUEST");
        });
    }

    @Test
    void aKeyTheRegistryHoldsForAnotherRequest_isAbandoned_notRefused() {
        registry.answers(409, "key-reused.json");

        deliver(Tasks.task("irn-rest", "IRN-BIRTH", "child.givenNames", "Maria"));

        assertThat(registry.received).hasSize(1);
        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).as("the registry did act on this key").isEqualTo("abandoned");
            assertThat(outcome.detail()).contains("HTTP 409").contains("KEY_REUSED");
        });
    }

    @Test
    void outputsThatAreNotAnObject_areAPermanentFailure_notRetried() {
        registry.answers(201, "outputs-not-an-object.json");

        deliver(Tasks.task("irn-rest", "IRN-BIRTH", "child.givenNames", "Maria"));

        assertThat(registry.received).hasSize(1);
        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo("abandoned");
            assertThat(outcome.detail()).contains("outputs are not an object");
        });
    }

    @Test
    void aRegistryThatIsDown_isAskedAgainWithTheSameRequest_untilItAnswers() {
        registry.answers(503, "down.json");
        registry.answers(201, "completed-birth.json");
        NotifyBuilder done = new NotifyBuilder(context())
                .fromRoute(IrnTaskRoute.ROUTE_ID)
                .whenCompleted(1)
                .create();

        deliver(Tasks.task("irn-rest", "IRN-BIRTH", "child.givenNames", "Maria"));

        assertThat(done.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(registry.received).hasSize(2);
        assertThat(registry.received.get(1).body())
                .isEqualTo(registry.received.get(0).body());
        assertThat(registry.received.get(1).header("Idempotency-Key")).isEqualTo(KEY);
        assertThat(outcomes.reported).extracting(Outcome::kind).containsExactly("completed");
    }
}
