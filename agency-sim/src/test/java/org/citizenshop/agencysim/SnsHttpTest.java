package org.citizenshop.agencysim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenshop.agencysim.RunningSimulator.json;
import static org.citizenshop.agencysim.Samples.sns;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnsHttpTest {

    private static final String CHILD = "identifier=urn:pt:irn:civil-id|40000001";

    private final RunningSimulator simulator = new RunningSimulator();

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void register_is201PatientWithAnSnsNumberAndAHealthUnit() throws Exception {
        HttpResponse<String> response = simulator.createPatient("key-1", CHILD, sns("register-patient.json"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/fhir+json"));
        assertThat(response.headers().firstValue("Location")).contains("/sns/fhir/Patient/700000001/_history/1");
        assertThat(response.headers().firstValue("ETag")).contains("W/\"1\"");
        JsonNode patient = json(response);
        assertThat(patient.get("resourceType").asText()).isEqualTo("Patient");
        assertThat(patient.get("id").asText()).isEqualTo("700000001");
        assertThat(identifier(patient, "urn:pt:sns:utente"))
                .isEqualTo("700000001")
                .matches("[0-9]{9}");
        assertThat(identifier(patient, "urn:pt:irn:civil-id")).isEqualTo("40000001");
        assertThat(identifier(patient, "urn:citizenshop:request-key")).isEqualTo("key-1");
        assertThat(patient.get("generalPractitioner").get(0).get("display").asText())
                .isEqualTo("USF Lisboa 1100");
        assertThat(patient.get("name").get(0).get("family").asText()).isEqualTo("Silva Santos");
        assertThat(patient.get("birthDate").asText()).isEqualTo("2026-11-20");
        assertThat(patient.get("gender").asText()).isEqualTo("female");
        assertThat(patient.get("address").get(0).get("postalCode").asText()).isEqualTo("1100-053");
        assertThat(patient.get("meta").get("versionId").asText()).isEqualTo("1");
    }

    @Test
    void register_comesWithTheRegistrationProof_aContainedDocumentReferenceWithThePdf() throws Exception {
        JsonNode patient = json(simulator.createPatient("key-1", CHILD, sns("register-patient.json")));

        assertThat(patient.get("extension").get(0).get("url").asText()).isEqualTo("urn:pt:sns:registration-proof");
        assertThat(patient.get("extension")
                        .get(0)
                        .get("valueReference")
                        .get("reference")
                        .asText())
                .isEqualTo("#registration-proof");
        JsonNode proof = patient.get("contained").get(0);
        assertThat(proof.get("resourceType").asText()).isEqualTo("DocumentReference");
        assertThat(proof.get("id").asText()).isEqualTo("registration-proof");
        assertThat(proof.get("status").asText()).isEqualTo("current");
        assertThat(proof.get("subject").get("reference").asText()).isEqualTo("Patient/700000001");
        assertThat(proof.get("masterIdentifier").get("system").asText()).isEqualTo("urn:pt:sns:verification-code");
        String code = proof.get("masterIdentifier").get("value").asText();
        assertThat(code).matches("SNS-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        JsonNode attachment = proof.get("content").get(0).get("attachment");
        byte[] pdf = Base64.getDecoder().decode(attachment.get("data").asText());
        assertThat(attachment.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(attachment.get("title").asText()).isEqualTo("SNS-700000001.pdf");
        assertThat(attachment.get("size").asInt()).isEqualTo(pdf.length);
        assertThat(pdf.length).isBetween(500, 20_000);
        assertThat(attachment.get("extension").get(0).get("url").asText()).isEqualTo("urn:pt:sns:sha256");
        assertThat(attachment.get("extension").get(0).get("valueString").asText())
                .isEqualTo(IssuedPdf.sha256(pdf));
        assertThat(IssuedPdf.text(pdf))
                .contains("Registration proof", "Patient/700000001/_history/1", code)
                .contains("700000001", "USF Lisboa 1100", "40000001", "Silva Santos");
    }

    @Test
    void theRegistrationProof_isOnlyInTheAnswer_notInTheRegistry_norForOtherChanges() throws Exception {
        simulator.createPatient("key-1", CHILD, sns("register-patient.json"));

        HttpResponse<String> read = simulator.get("/sns/fhir/Patient/700000001");
        HttpResponse<String> moved =
                simulator.updatePatient("key-2", "urn:pt:irn:civil-id|12345678", sns("address-update.json"));

        assertThat(json(read).has("contained")).isFalse();
        assertThat(json(read).has("extension")).isFalse();
        assertThat(json(moved).has("contained"))
                .as("an address change issues no document")
                .isFalse();
    }

    @Test
    void registerWithOnlyCivilIdAndAddress_takesThePostalCodeFromTheText() throws Exception {
        HttpResponse<String> response = simulator.createPatient(
                "key-1", "identifier=urn:pt:irn:civil-id|40000003", sns("register-minimal.json"));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode patient = json(response);
        assertThat(patient.get("address").get(0).get("postalCode").asText()).isEqualTo("4000-441");
        assertThat(patient.get("generalPractitioner").get(0).get("display").asText())
                .isEqualTo("USF Porto 4000");
    }

    @Test
    void registerOfAKnownPatient_is200WithTheExistingPatient() throws Exception {
        HttpResponse<String> first = simulator.createPatient("key-1", CHILD, sns("register-patient.json"));

        HttpResponse<String> again = simulator.createPatient("key-2", CHILD, sns("register-patient.json"));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("id").asText())
                .isEqualTo(json(first).get("id").asText());
        assertThat(masterIdentifier(again))
                .as("a proof of its own for the second request")
                .startsWith("SNS-")
                .isNotEqualTo(masterIdentifier(first));
        assertThat(simulator.effectCount("sns")).isEqualTo(2);
    }

    @Test
    void seededCitizen_isKnown() throws Exception {
        HttpResponse<String> response = simulator.lookUp(
                "/sns/fhir/Patient?identifier="
                        + URLEncoder.encode("urn:pt:irn:civil-id|12345678", StandardCharsets.UTF_8),
                "prefill DEATH",
                "sns-test-1");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode bundle = json(response);
        assertThat(bundle.get("resourceType").asText()).isEqualTo("Bundle");
        assertThat(bundle.get("total").asInt()).isEqualTo(1);
        JsonNode patient = bundle.get("entry").get(0).get("resource");
        assertThat(identifier(patient, "urn:pt:sns:utente")).isEqualTo("123456789");
        assertThat(simulator.get("/sns/fhir/Patient/123456789").statusCode()).isEqualTo(200);
        assertThat(simulator.get("/sns/fhir/Patient/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void replay_isTheSameAnswerWithOneEffect() throws Exception {
        HttpResponse<String> first = simulator.createPatient("key-1", CHILD, sns("register-patient.json"));

        HttpResponse<String> replay = simulator.createPatient("key-1", CHILD, sns("register-patient-reordered.json"));

        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.body()).as("the same proof, byte for byte").isEqualTo(first.body());
        assertThat(first.body()).contains("\"DocumentReference\"");
        assertThat(replay.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        assertThat(simulator.effectCount("sns")).isEqualTo(1);
    }

    @Test
    void keyReusedForAnotherPatient_is409OperationOutcome() throws Exception {
        simulator.createPatient("key-1", CHILD, sns("register-patient.json"));

        HttpResponse<String> reused = simulator.createPatient(
                "key-1", "identifier=urn:pt:irn:civil-id|40000002", sns("register-other-patient.json"));

        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(code(reused)).isEqualTo("KEY_REUSED");
        assertThat(simulator.effectCount("sns")).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "register-no-address.json, INVALID_ADDRESS",
        "register-no-postal-code.json, INVALID_ADDRESS",
        "register-bad-civil-id.json, INVALID_CIVIL_ID",
        "register-practitioner.json, INVALID_REQUEST",
    })
    void invalidPatient_is422OperationOutcome(String sample, String expected) throws Exception {
        HttpResponse<String> response = simulator.createPatient("key-1", null, sns(sample));

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode outcome = json(response);
        assertThat(outcome.get("resourceType").asText()).isEqualTo("OperationOutcome");
        JsonNode issue = outcome.get("issue").get(0);
        assertThat(issue.get("severity").asText()).isEqualTo("error");
        assertThat(issue.get("code").asText()).isEqualTo("invalid");
        assertThat(issue.get("details").get("coding").get(0).get("code").asText())
                .isEqualTo(expected);
        assertThat(issue.get("details").get("text").asText()).isNotBlank();
        assertThat(simulator.effectCount("sns")).isEqualTo(1);
    }

    @Test
    void conditionForAnotherCivilId_is422() throws Exception {
        HttpResponse<String> response = simulator.createPatient(
                "key-1", "identifier=urn:pt:irn:civil-id|40000009", sns("register-patient.json"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(code(response)).isEqualTo("INVALID_REQUEST");
    }

    @Test
    void addressChange_is200WithTheNewHealthUnitAndNextVersion() throws Exception {
        HttpResponse<String> response =
                simulator.updatePatient("key-1", "urn:pt:irn:civil-id|12345678", sns("address-update.json"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode patient = json(response);
        assertThat(patient.get("generalPractitioner").get(0).get("display").asText())
                .isEqualTo("USF Porto 4000");
        assertThat(patient.get("meta").get("versionId").asText()).isEqualTo("2");
        assertThat(identifier(patient, "urn:pt:sns:utente")).isEqualTo("123456789");
        assertThat(response.headers().firstValue("ETag")).contains("W/\"2\"");
    }

    @Test
    void death_bySnsNumber_closesTheRegistration() throws Exception {
        HttpResponse<String> death =
                simulator.updatePatient("key-1", "urn:pt:sns:utente|300000022", sns("death-update.json"));
        HttpResponse<String> moveAfterwards =
                simulator.updatePatient("key-2", "urn:pt:sns:utente|300000022", sns("address-update.json"));

        assertThat(death.statusCode()).isEqualTo(200);
        assertThat(json(death).get("deceasedDateTime").asText()).isEqualTo("2026-11-25");
        assertThat(json(death).get("active").asBoolean()).isFalse();
        assertThat(moveAfterwards.statusCode()).isEqualTo(422);
        assertThat(code(moveAfterwards)).isEqualTo("PATIENT_DECEASED");
        var effects = json(simulator.get("/admin/agencies/sns/effects")).get("effects");
        assertThat(effects.get(0).get("service").asText()).isEqualTo("SNS-DEATH");
        assertThat(effects.get(0).get("agencyReference").asText()).isEqualTo("Patient/300000022");
        assertThat(effects.get(1).get("service").asText()).isEqualTo("SNS-ADDRESS");
    }

    @Test
    void updateOfAnUnknownPatient_is404OperationOutcomeAndReplaysTheSame() throws Exception {
        HttpResponse<String> first =
                simulator.updatePatient("key-1", "urn:pt:irn:civil-id|99999999", sns("address-update.json"));
        HttpResponse<String> replay =
                simulator.updatePatient("key-1", "urn:pt:irn:civil-id|99999999", sns("address-update.json"));

        assertThat(first.statusCode()).isEqualTo(404);
        JsonNode issue = json(first).get("issue").get(0);
        assertThat(issue.get("code").asText()).isEqualTo("not-found");
        assertThat(issue.get("details").get("coding").get(0).get("code").asText())
                .isEqualTo("UNKNOWN_PATIENT");
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(simulator.effectCount("sns")).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"death-future-update.json", "both-changes-update.json"})
    void invalidUpdate_is422(String sample) throws Exception {
        HttpResponse<String> response = simulator.updatePatient("key-1", "urn:pt:irn:civil-id|12345678", sns(sample));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(code(response)).isEqualTo("INVALID_REQUEST");
    }

    @Test
    void malformedJsonAndMissingKey_are400AndRecordNothing() throws Exception {
        HttpResponse<String> malformed = simulator.createPatient("key-1", CHILD, sns("malformed.json"));
        HttpResponse<String> noKey = simulator.send(simulator
                .request("/sns/fhir/Patient")
                .header("Content-Type", "application/fhir+json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(sns("register-patient.json"))));
        HttpResponse<String> noCondition = simulator.send(simulator
                .request("/sns/fhir/Patient")
                .header("Idempotency-Key", "key-2")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(sns("address-update.json"))));

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(code(malformed)).isEqualTo("MALFORMED");
        assertThat(json(malformed).get("issue").get(0).get("code").asText()).isEqualTo("structure");
        assertThat(noKey.statusCode()).isEqualTo(400);
        assertThat(code(noKey)).isEqualTo("MISSING_IDEMPOTENCY_KEY");
        assertThat(noCondition.statusCode()).isEqualTo(400);
        assertThat(simulator.effectCount("sns")).isZero();
    }

    @Test
    void down_is503OperationOutcome_andTheKeyStaysFree() throws Exception {
        simulator.setBehaviour("sns", "{\"down\":true}");

        HttpResponse<String> down = simulator.createPatient("key-1", CHILD, sns("register-patient.json"));
        simulator.setBehaviour("sns", "{}");
        HttpResponse<String> retried = simulator.createPatient("key-1", CHILD, sns("register-patient.json"));

        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(json(down).get("issue").get(0).get("code").asText()).isEqualTo("transient");
        assertThat(retried.statusCode()).isEqualTo(201);
        assertThat(simulator.effectCount("sns")).isEqualTo(1);
    }

    private static String identifier(JsonNode patient, String system) {
        for (JsonNode identifier : patient.get("identifier")) {
            if (system.equals(identifier.get("system").asText())) {
                return identifier.get("value").asText();
            }
        }
        return null;
    }

    private static String code(HttpResponse<String> response) {
        return json(response)
                .get("issue")
                .get(0)
                .get("details")
                .get("coding")
                .get(0)
                .get("code")
                .asText();
    }

    private static String masterIdentifier(HttpResponse<String> response) {
        return json(response)
                .get("contained")
                .get(0)
                .get("masterIdentifier")
                .get("value")
                .asText();
    }
}
