package org.citizenshop.integration.at;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.citizenshop.application.TaskDispatch;
import org.citizenshop.integration.delivery.DeliveryProperties;
import org.citizenshop.integration.delivery.OutcomeRecorder;
import org.citizenshop.integration.delivery.PermanentAgencyException;
import org.citizenshop.integration.delivery.TransientAgencyException;
import org.citizenshop.integration.testing.RecordingOutcomes.Outcome;
import org.citizenshop.integration.testing.ScriptedAgency;
import org.citizenshop.integration.testing.TaskRouteTest;
import org.citizenshop.integration.testing.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The tax authority's SOAP route over real HTTP against a scripted web service (samples and the WSDL
 * under agency/at/): what goes out, and how each kind of reply, hostile ones included, is taken.
 */
class AtTaskRouteTest extends TaskRouteTest {

    private static final String KEY = Tasks.KEY;
    private static final int MAX_REDELIVERIES = 2;

    private final ScriptedAgency authority = agency();

    AtTaskRouteTest() {
        super("at");
    }

    @Override
    protected RoutesBuilder route(OutcomeRecorder recorder) {
        return new AtTaskRoute(new AtTaskTranslator(), recorder);
    }

    @Override
    protected String routeId() {
        return AtTaskRoute.ROUTE_ID;
    }

    @BeforeEach
    void pointAtTheAuthority() {
        var properties = Tasks.retrying(MAX_REDELIVERIES);
        properties.setProperty("agency.at.url", authority.url());
        configure(properties);
        context().start();
    }

    private static TaskDispatch nif() {
        return Tasks.task(
                "at-soap",
                "AT-NIF",
                "child.civilId",
                "30000001",
                "child.birthDate",
                "2026-11-20",
                "address",
                "Rua do Sol <b>&\"7\"</b>, 1100-053 Lisboa – João");
    }

    @Test
    void submitResponse_isACompletionWithItsOutputs_andTheRequestIsTheContractsEnvelope() throws Exception {
        authority.answers(200, "submit-response-nif.xml");

        deliver(nif());

        assertThat(outcomes.reported)
                .containsExactly(new Outcome(KEY, "completed", "AT-2026-000001 {child.nif=212345672}"));
        assertThat(authority.received).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/at/ws/tax-services");
            assertThat(request.header("SOAPAction")).isEqualTo("\"urn:pt:at:citizenshop:tax:v1:submit\"");
            assertThat(request.header("Content-Type")).isEqualToIgnoringCase("text/xml; charset=utf-8");
            assertThat(request.header(DeliveryProperties.TASK_KEY)).isNull();
            assertThat(request.body()).doesNotContain("<b>").contains("&lt;b&gt;&amp;");
        });
        Document sent = TaxServicesWsdl.parse(authority.received.get(0).body());
        Element envelope = sent.getDocumentElement();
        assertThat(envelope.getNamespaceURI()).isEqualTo(TaxSoap.ENVELOPE_NS);
        assertThat(envelope.getLocalName()).isEqualTo("Envelope");
        Element key = TaxServicesWsdl.first(sent, "IdempotencyKey");
        assertThat(((Element) key.getParentNode()).getLocalName()).isEqualTo("Header");
        assertThat(key.getTextContent()).isEqualTo(KEY);
        Element request = TaxServicesWsdl.first(sent, "SubmitRequest");
        assertThat(TaxServicesWsdl.first(sent, "service").getTextContent()).isEqualTo("AT-NIF");
        assertThat(TaxServicesWsdl.first(sent, "caseReference").getTextContent())
                .isEqualTo("CS-2026-000001");
        assertThat(TaxServicesWsdl.first(sent, "applicantCivilId").getTextContent())
                .isEqualTo("12345678");
        var fields = request.getElementsByTagNameNS(TaxSoap.TAX_NS, "field");
        assertThat(fields.getLength()).isEqualTo(3);
        Element address = (Element) fields.item(0);
        assertThat(address.getAttribute("name")).isEqualTo("address");
        assertThat(address.getTextContent()).isEqualTo("Rua do Sol <b>&\"7\"</b>, 1100-053 Lisboa – João");
        assertThatCode(() -> TaxServicesWsdl.validate(request)).doesNotThrowAnyException();
        assertThatCode(() -> TaxServicesWsdl.validate(key)).doesNotThrowAnyException();
    }

    @Test
    void theNifCertificateInline_isReadChecked_andReportedWithTheCompletion() throws Exception {
        authority.answers(200, "submit-response-nif-with-document.xml");

        deliver(nif());

        assertThat(outcomes.reported).singleElement().satisfies(outcome -> assertThat(outcome.detail())
                .startsWith("AT-2026-000001 {child.nif=200000012} AgencyDocument[AT-2026-000001.pdf, 1506 bytes"));
        assertThat(outcomes.documents).singleElement().satisfies(document -> {
            assertThat(document.usable()).as(document.toString()).isTrue();
            assertThat(document.verificationCode()).isEqualTo("AT-9FD0-1VGQ-3N56");
            assertThat(document.content()).hasSize(1506);
        });
        Document response = TaxServicesWsdl.parse(ScriptedAgency.sample("at", "submit-response-nif-with-document.xml"));
        assertThatCode(() -> TaxServicesWsdl.validate(TaxServicesWsdl.first(response, "SubmitResponse")))
                .as("the sample follows the WSDL")
                .doesNotThrowAnyException();
    }

    @Test
    void aCertificateThatIsNotBase64_orWhoseDigestDiffers_completesWithoutProof_withTheProblem() {
        authority.answers(200, "document-malformed-base64.xml");
        authority.answers(200, "document-wrong-digest.xml");

        deliver(nif());
        deliver(nif());

        assertThat(authority.received).as("neither asked again").hasSize(2);
        assertThat(outcomes.reported).extracting(Outcome::kind).containsExactly("completed", "completed");
        assertThat(outcomes.documents)
                .extracting(document -> document.problem())
                .containsExactly(
                        "the document's content is not valid base64",
                        "the document's SHA-256 digest does not match its content");
    }

    @Test
    void theSampleReplies_followTheWsdl_whichCatchesOneThatDoesNot() throws Exception {
        Document response = TaxServicesWsdl.parse(ScriptedAgency.sample("at", "submit-response-nif.xml"));
        Document rejection = TaxServicesWsdl.parse(ScriptedAgency.sample("at", "fault-client-invalid-civil-id.xml"));

        assertThatCode(() -> TaxServicesWsdl.validate(TaxServicesWsdl.first(response, "SubmitResponse")))
                .doesNotThrowAnyException();
        assertThatCode(() -> TaxServicesWsdl.validate(TaxServicesWsdl.first(rejection, "Rejection")))
                .doesNotThrowAnyException();
        Document broken = TaxServicesWsdl.parse(ScriptedAgency.sample("at", "submit-response-without-reference.xml"));
        assertThatThrownBy(() -> TaxServicesWsdl.validate(TaxServicesWsdl.first(broken, "SubmitResponse")))
                .hasMessageContaining("output");
    }

    @Test
    void clientFault_isTheAuthoritysRejection_withTheCodeAndReasonOfItsDetail_notRetried() {
        authority.answers(500, "fault-client-invalid-civil-id.xml");

        deliver(nif());

        assertThat(authority.received).hasSize(1);
        assertThat(outcomes.reported)
                .containsExactly(new Outcome(
                        KEY, "rejected", "INVALID_CIVIL_ID: The civil ID number 30000002 fails its check digit"));
    }

    @Test
    void aClientFaultAboutTheEnvelope_isAFaultOfTheShop_notTheCitizensRejection() {
        authority.answers(500, "fault-client-key-reused.xml");

        deliver(nif());

        assertThat(authority.received).hasSize(1);
        assertThat(outcomes.reported).hasSize(1);
        assertThat(outcomes.reported.get(0).kind()).isEqualTo("abandoned");
        assertThat(outcomes.reported.get(0).detail()).contains("KEY_REUSED");
    }

    @Test
    void serverFault_isRetried_bySendingTheSameRequestAgain() {
        authority.answers(500, "fault-server.xml");
        authority.answersRaw(503, "text/plain", "");
        authority.answers(200, "submit-response-nif.xml");
        NotifyBuilder done = new NotifyBuilder(context())
                .fromRoute(AtTaskRoute.ROUTE_ID)
                .whenCompleted(1)
                .create();

        deliver(nif());

        assertThat(done.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(authority.received).hasSize(3);
        assertThat(authority.received)
                .extracting(ScriptedAgency.Received::body)
                .containsOnly(authority.received.get(0).body());
        assertThat(outcomes.reported).extracting(Outcome::kind).containsExactly("completed");
    }

    @Test
    void aServerFaultThatPersists_isRecordedAsFailed_andGoesBackToTheBroker() {
        for (int attempt = 0; attempt <= MAX_REDELIVERIES; attempt++) {
            authority.answers(500, "fault-server.xml");
        }

        Exchange done = deliver(nif());

        assertThat(done.getException()).isInstanceOf(TransientAgencyException.class);
        assertThat(authority.received).hasSize(1 + MAX_REDELIVERIES);
        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo("failed");
            assertThat(outcome.detail()).contains("server fault").contains("try again later");
        });
    }

    @Test
    void aReplyWithAnExternalEntity_isAPermanentFailure_andNeverReadsTheFile(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        authority.answersRaw(
                200,
                "text/xml",
                ScriptedAgency.sample("at", "hostile-xxe.xml")
                        .replace("SECRET_FILE_URL", secret.toUri().toString()));

        Exchange done = deliver(nif());

        assertThat(done.getException()).isNull();
        assertThat(authority.received).hasSize(1);
        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo("abandoned");
            assertThat(outcome.detail())
                    .startsWith(PermanentAgencyException.class.getSimpleName())
                    .contains("DOCTYPE")
                    .doesNotContain("TOP-SECRET-CONTENT");
        });
    }

    @Test
    void aFaultThatExpandsEntities_isAPermanentFailure_notARejection() {
        authority.answers(500, "hostile-entity-expansion.xml");

        deliver(nif());

        assertThat(authority.received).hasSize(1);
        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo("abandoned");
            assertThat(outcome.detail()).contains("DOCTYPE").doesNotContain("lollol");
        });
    }

    @Test
    void aReplyThatIsNotWellFormed_isAPermanentFailure() {
        authority.answers(200, "malformed.xml");

        deliver(nif());

        assertThat(authority.received).hasSize(1);
        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo("abandoned");
            assertThat(outcome.detail()).contains("cannot be read");
        });
    }

    @Test
    void aSubmitResponseWithoutAReference_isNotTakenAsCompleted() {
        authority.answers(200, "submit-response-without-reference.xml");

        deliver(nif());

        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo("abandoned");
            assertThat(outcome.detail()).contains("without a reference");
        });
    }

    @Test
    void aValueXmlCannotCarry_failsTheTask_withoutCallingTheAuthority() {
        deliver(Tasks.task("at-soap", "AT-ADDRESS", "address", "Rua \u0001 1100-053"));

        assertThat(authority.received).isEmpty();
        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo("abandoned");
            assertThat(outcome.detail()).contains("control character");
        });
    }
}
