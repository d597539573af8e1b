package org.citizenshop.integration.sns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.citizenshop.application.TaskDispatch;
import org.citizenshop.integration.delivery.OutcomeRecorder;
import org.citizenshop.integration.testing.RecordingOutcomes.Outcome;
import org.citizenshop.integration.testing.ScriptedAgency;
import org.citizenshop.integration.testing.TaskRouteTest;
import org.citizenshop.integration.testing.Tasks;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The health service's FHIR route over real HTTP against a scripted registry (samples under
 * agency/sns/): the conditional create and updates it sends, and how each answer is taken.
 */
class SnsTaskRouteTest extends TaskRouteTest {

    private static final String KEY = Tasks.KEY;

    private final ScriptedAgency registry = agency();

    SnsTaskRouteTest() {
        super("sns");
    }

    @Override
    protected RoutesBuilder route(OutcomeRecorder recorder) {
        return new SnsTaskRoute(new SnsTaskTranslator(), recorder);
    }

    @Override
    protected String routeId() {
        return SnsTaskRoute.ROUTE_ID;
    }

    @BeforeEach
    void pointAtTheRegistry() {
        var properties = Tasks.retrying(2);
        properties.setProperty("agency.sns.url", registry.url());
        configure(properties);
        context().start();
    }

    private static TaskDispatch registration() {
        return Tasks.task(
                "sns-fhir",
                "SNS-REGISTER",
                "child.civilId",
                "30000001",
                "child.givenNames",
                "Maria \"Mimi\" Joana",
                "child.surnames",
                "Silva Santos",
                "child.birthDate",
                "2026-11-20",
                "child.sex",
                "F",
                "address",
                "Rua Augusta 1, 1100-053 Lisboa");
    }

    private static Patient sentPatient(ScriptedAgency.Received request) {
        return SnsFhir.json().parseResource(Patient.class, request.body());
    }

    private static String identifier(Patient patient, String system) {
        return patient.getIdentifier().stream()
                .filter(identifier -> system.equals(identifier.getSystem()))
                .map(Identifier::getValue)
                .findFirst()
                .orElse(null);
    }

    @Test
    void registration_isAConditionalCreateOfThePatient_andGivesTheSnsNumberAndHealthUnit() {
        registry.answers(201, "patient-registered.fhir.json");

        deliver(registration());

        assertThat(outcomes.reported)
                .containsExactly(
                        new Outcome(
                                KEY,
                                "completed",
                                "Patient/pt-000042/_history/1 {child.healthUnit=USF Baixa Pombalina, child.snsNumber=912345678}"));
        assertThat(registry.received).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/sns/fhir/Patient");
            assertThat(request.query()).isNull();
            assertThat(request.header("Content-Type")).startsWith("application/fhir+json");
            assertThat(request.header("Idempotency-Key")).isEqualTo(KEY);
            assertThat(request.header("If-None-Exist")).isEqualTo("identifier=urn:pt:irn:civil-id|30000001");
            Patient patient = sentPatient(request);
            assertThat(identifier(patient, "urn:pt:irn:civil-id")).isEqualTo("30000001");
            assertThat(identifier(patient, "urn:citizenshop:request-key")).isEqualTo(KEY);
            assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Silva Santos");
            assertThat(patient.getNameFirstRep().getGiven())
                    .extracting(PrimitiveType::getValue)
                    .containsExactly("Maria", "\"Mimi\"", "Joana");
            assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("2026-11-20");
            assertThat(patient.getGender()).isEqualTo(AdministrativeGender.FEMALE);
            assertThat(patient.getAddressFirstRep().getText()).isEqualTo("Rua Augusta 1, 1100-053 Lisboa");
            assertThat(patient.getAddressFirstRep().getPostalCode()).isEqualTo("1100-053");
        });
    }

    @Test
    void aPatientTheRegistryAlreadyHad_isACompletionToo() {
        registry.answers(200, "patient-registered.fhir.json");

        deliver(registration());

        assertThat(outcomes.reported).extracting(Outcome::kind).containsExactly("completed");
    }

    @Test
    void newAddress_isAConditionalUpdateOfTheApplicant_andGivesTheNewHealthUnit() {
        registry.answers(200, "patient-address-updated.fhir.json");

        deliver(Tasks.task("sns-fhir", "SNS-ADDRESS", "address", "Avenida da Boavista 100, 4100-112 Porto"));

        assertThat(outcomes.reported)
                .containsExactly(new Outcome(
                        KEY, "completed", "Patient/pt-000007/_history/3 {address.healthUnit=USF Bom Porto}"));
        assertThat(registry.received).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("PUT");
            assertThat(request.path()).isEqualTo("/sns/fhir/Patient");
            assertThat(URLDecoder.decode(request.query(), StandardCharsets.UTF_8))
                    .isEqualTo("identifier=urn:pt:irn:civil-id|12345678");
            assertThat(request.header("If-None-Exist")).isNull();
            assertThat(request.header("Idempotency-Key")).isEqualTo(KEY);
            Patient patient = sentPatient(request);
            assertThat(identifier(patient, "urn:pt:irn:civil-id")).isEqualTo("12345678");
            assertThat(patient.getAddressFirstRep().getPostalCode()).isEqualTo("4100-112");
        });
    }

    @Test
    void death_isAConditionalUpdateOfTheDeceasedBySnsNumber_withTheDateOfDeath() {
        registry.answers(200, "patient-deceased.fhir.json");

        deliver(Tasks.task(
                "sns-fhir", "SNS-DEATH", "deceased.snsNumber", "923456789", "deceased.deathDate", "2026-11-18"));

        assertThat(outcomes.reported)
                .containsExactly(new Outcome(
                        KEY,
                        "completed",
                        "Patient/pt-000013/_history/5 {deceased.snsClosed=Patient/pt-000013/_history/5}"));
        assertThat(registry.received).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("PUT");
            assertThat(URLDecoder.decode(request.query(), StandardCharsets.UTF_8))
                    .isEqualTo("identifier=urn:pt:sns:utente|923456789");
            Patient patient = sentPatient(request);
            assertThat(patient.getDeceasedDateTimeType().getValueAsString()).isEqualTo("2026-11-18");
            assertThat(identifier(patient, "urn:citizenshop:request-key")).isEqualTo(KEY);
        });
    }

    @Test
    void anOperationOutcome_isTheRegistrysRejection_withTheCodeOfItsDetails() {
        registry.answers(422, "rejected-invalid-civil-id.fhir.json");

        deliver(registration());

        assertThat(registry.received).hasSize(1);
        assertThat(outcomes.reported)
                .containsExactly(new Outcome(
                        KEY, "rejected", "INVALID_CIVIL_ID: The civil ID number 30000002 fails its check digit"));
    }

    @Test
    void anUnknownPatientOnUpdate_isARejection() {
        registry.answers(404, "unknown-patient.fhir.json");

        deliver(Tasks.task("sns-fhir", "SNS-ADDRESS", "address", "Avenida da Boavista 100, 4100-112 Porto"));

        assertThat(outcomes.reported)
                .containsExactly(
                        new Outcome(KEY, "rejected", "UNKNOWN_PATIENT: No patient with civil ID number 12345678"));
    }

    @Test
    void aRegistryThatIsDown_isAskedAgainWithTheSameRequest() {
        registry.answers(503, "down.json");
        registry.answers(201, "patient-registered.fhir.json");
        NotifyBuilder done = new NotifyBuilder(context())
                .fromRoute(SnsTaskRoute.ROUTE_ID)
                .whenCompleted(1)
                .create();

        deliver(registration());

        assertThat(done.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(registry.received).hasSize(2);
        assertThat(registry.received.get(1).body())
                .isEqualTo(registry.received.get(0).body());
        assertThat(registry.received)
                .extracting(request -> request.header("Idempotency-Key"))
                .containsOnly(KEY);
        assertThat(registry.received)
                .extracting(request -> request.header("If-None-Exist"))
                .containsOnly("identifier=urn:pt:irn:civil-id|30000001");
        assertThat(outcomes.reported).extracting(Outcome::kind).containsExactly("completed");
    }

    @Test
    void theRegistrationProofInThePatient_isReadChecked_andReportedWithTheCompletion() {
        registry.answers(201, "patient-registered-with-proof.fhir.json");

        deliver(registration());

        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo("completed");
            assertThat(outcome.detail())
                    .startsWith(
                            "Patient/700000001/_history/1 {child.healthUnit=USF Lisboa 1100, child.snsNumber=700000001}");
        });
        assertThat(outcomes.documents).singleElement().satisfies(document -> {
            assertThat(document.usable()).as(document.toString()).isTrue();
            assertThat(document.fileName()).isEqualTo("SNS-700000001.pdf");
            assertThat(document.verificationCode()).isEqualTo("SNS-E8CZ-V440-ST1M");
            assertThat(document.sha256()).isEqualTo("718ae8dfe4b4b9c31cd1d666c78b69a974286b8fed9cd860a9a64c1690d840df");
            assertThat(document.content()).hasSize(1680).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        });
    }

    @Test
    void aPatientWithoutAProof_isCompletedWithoutADocument() {
        registry.answers(201, "patient-registered.fhir.json");

        deliver(registration());

        assertThat(outcomes.reported).extracting(Outcome::kind).containsExactly("completed");
        assertThat(outcomes.documents).isEmpty();
    }

    /**
     * The registry registered the child and its outputs feed the next steps; asking again would bring the
     * same proof back. So the step is completed and the problem with the proof kept for the clerk.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "proof-malformed-base64.fhir.json          | the document's content is not valid base64",
                "proof-wrong-digest.fhir.json              | the document's SHA-256 digest does not match its content",
                "proof-too-big.fhir.json                   | the document declares 3000000 bytes, more than the limit of 2097152",
                "proof-not-a-pdf.fhir.json                 | the document is not a PDF",
                "proof-size-not-a-number.fhir.json         | the document's size is not a number",
                "proof-without-verification-code.fhir.json | the document has no valid verification code"
            })
    void aProofThatCannotBeAccepted_completesTheRegistrationWithoutProof_withTheProblem(String sample, String problem) {
        registry.answers(201, sample);

        deliver(registration());

        assertThat(registry.received).as("not asked again").hasSize(1);
        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo("completed");
            assertThat(outcome.detail()).contains("child.snsNumber=700000001");
        });
        assertThat(outcomes.documents).singleElement().satisfies(document -> {
            assertThat(document.usable()).isFalse();
            assertThat(document.problem()).isEqualTo(problem);
            assertThat(document.content()).isNull();
        });
    }

    @Test
    void aValueThatCannotBeParsedOutsideTheProof_leavesThePatientUnreadable_asBefore() {
        registry.answers(201, "proof-with-invalid-birth-date.fhir.json");

        deliver(registration());

        assertThat(registry.received).hasSize(1);
        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo("abandoned");
            assertThat(outcome.detail()).contains("not a FHIR resource");
        });
        assertThat(outcomes.documents).isEmpty();
    }

    @Test
    void aReplyLongerThanAPatientWithTheLongestProof_isNotParsed() {
        String proof = ScriptedAgency.sample("sns", "patient-registered-with-proof.fhir.json");
        String huge = "A".repeat((int) SnsTaskTranslator.MAX_REPLY);
        registry.answersRaw(
                201, "application/fhir+json", proof.replaceFirst("\"data\": \"[^\"]*\"", "\"data\": \"" + huge + "\""));

        deliver(registration());

        assertThat(registry.received).hasSize(1);
        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo("abandoned");
            assertThat(outcome.detail()).contains("longer than " + SnsTaskTranslator.MAX_REPLY + " characters");
        });
    }

    @Test
    void aReplyThatIsNotAFhirResource_isAPermanentFailure() {
        registry.answers(201, "not-a-resource.fhir.json");

        deliver(registration());

        assertThat(registry.received).hasSize(1);
        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo("abandoned");
            assertThat(outcome.detail()).contains("not a FHIR resource");
        });
    }

    @Test
    void anOperationOutcomeWhereAPatientIsExpected_isAPermanentFailure() {
        registry.answers(201, "rejected-invalid-civil-id.fhir.json");

        deliver(registration());

        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo("abandoned");
            assertThat(outcome.detail()).contains("OperationOutcome where a Patient was expected");
        });
    }

    @Test
    void aPatientWithoutAHealthUnit_isNotTakenAsRegistered() {
        registry.answers(201, "patient-without-health-unit.fhir.json");

        deliver(registration());

        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo("abandoned");
            assertThat(outcome.detail()).contains("without a family health unit");
        });
    }

    @Test
    void aRegistrationWithoutTheChildsCivilId_failsWithoutCallingTheRegistry() {
        deliver(Tasks.task("sns-fhir", "SNS-REGISTER", "address", "Rua Augusta 1, 1100-053 Lisboa"));

        assertThat(registry.received).isEmpty();
        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo("abandoned");
            assertThat(outcome.detail()).contains("has no child.civilId");
        });
    }
}
