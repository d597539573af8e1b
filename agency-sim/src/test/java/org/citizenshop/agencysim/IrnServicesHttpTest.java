package org.citizenshop.agencysim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenshop.agencysim.RunningSimulator.json;
import static org.citizenshop.agencysim.Samples.irn;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The civil registry's services other than the citizen card, on the same endpoint. */
class IrnServicesHttpTest {

    private final RunningSimulator simulator = new RunningSimulator();

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void birth_is201CompletedWithTheChildsCivilIdAndRecordNumber() throws Exception {
        HttpResponse<String> response = simulator.submitIrn("key-1", irn("birth-request.json"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body())
                .startsWith("{\"requestKey\":\"key-1\",\"status\":\"COMPLETED\",\"agencyReference\":"
                        + "\"IRN-BIRTH-2026-000001\",\"outputs\":{\"child.civilId\":\"40000001\","
                        + "\"birth.recordNumber\":\"NASC-2026-000001\"},\"receivedAt\":\"2026-11-27T10:15:30Z\","
                        + "\"document\":{");
    }

    @Test
    void birth_comesWithTheBirthRecord_aPdfWithTheReferenceAndVerificationCode_itsSizeAndDigest() throws Exception {
        JsonNode document =
                json(simulator.submitIrn("key-1", irn("birth-request.json"))).get("document");

        byte[] pdf = Base64.getDecoder().decode(document.get("content").asText());
        assertThat(document.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(document.get("fileName").asText()).isEqualTo("IRN-BIRTH-2026-000001.pdf");
        assertThat(document.get("size").asInt()).isEqualTo(pdf.length);
        assertThat(pdf.length).isBetween(500, 20_000);
        assertThat(document.get("sha256").asText()).isEqualTo(IssuedPdf.sha256(pdf));
        String code = document.get("verificationCode").asText();
        assertThat(code).matches("IRN-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(IssuedPdf.text(pdf))
                .contains("Birth record", "IRN-BIRTH-2026-000001", code, "NASC-2026-000001", "40000001")
                .contains("Maria Inês Silva Santos");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "cert-request.json, Birth certificate, IRN-CERT-2026-000001",
        "death-request.json, Death record, OBITO-2026-000001"
    })
    void certificateAndDeath_comeWithTheirDocument(String sample, String title, String printed) throws Exception {
        JsonNode document = json(simulator.submitIrn("key-1", irn(sample))).get("document");

        byte[] pdf = Base64.getDecoder().decode(document.get("content").asText());
        assertThat(document.get("sha256").asText()).isEqualTo(IssuedPdf.sha256(pdf));
        assertThat(IssuedPdf.text(pdf))
                .contains(title, printed, document.get("verificationCode").asText());
    }

    @Test
    void aServiceThatIssuesNoDocument_answersWithoutOne() throws Exception {
        JsonNode body = json(simulator.submitIrn("key-1", irn("address-request.json")));

        assertThat(body.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(body.has("document")).isFalse();
    }

    @Test
    void everyDocument_hasItsOwnVerificationCode() throws Exception {
        Set<String> codes = new HashSet<>();
        for (int i = 1; i <= 5; i++) {
            codes.add(json(simulator.submitIrn("key-" + i, irn("birth-twins-request.json")))
                    .get("document")
                    .get("verificationCode")
                    .asText());
        }

        assertThat(codes).hasSize(5);
    }

    @Test
    void registeredChild_isACitizenWhoCanAskForAFirstCard() throws Exception {
        String civilId = json(simulator.submitIrn("key-1", irn("birth-request.json")))
                .get("outputs")
                .get("child.civilId")
                .asText();

        HttpResponse<String> citizen = simulator.get("/irn/v1/citizens/" + civilId);
        HttpResponse<String> card = simulator.submitIrn(
                "key-2", irn("first-card-request.json").replace("\"12345678\"", "\"" + civilId + "\""));

        assertThat(citizen.statusCode()).isEqualTo(200);
        assertThat(json(citizen).get("name").asText()).isEqualTo("Maria Inês Silva Santos");
        assertThat(card.statusCode()).isEqualTo(201);
        assertThat(json(card).get("status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void everyBirth_getsItsOwnCivilIdNumber() throws Exception {
        Set<String> civilIds = new HashSet<>();
        for (int i = 1; i <= 5; i++) {
            JsonNode body = json(simulator.submitIrn("key-" + i, irn("birth-twins-request.json")));
            civilIds.add(body.get("outputs").get("child.civilId").asText());
        }

        assertThat(civilIds).hasSize(5).allSatisfy(civilId -> assertThat(civilId)
                .matches("[0-9]{8}"));
    }

    @Test
    void aCaseTasksCardRequest_withTheCataloguesKeys_isAccepted_forThisShopOrAnother() throws Exception {
        String thisShop =
                """
                {"service":"IRN-CC","shop":"LX-LARANJEIRAS","caseReference":"CS-2026-000009",
                 "citizen":{"civilIdNumber":"12345678"},
                 "details":{"cc.reason":"REPLACEMENT","cc.deliveryPlace":"THIS_SHOP"}}""";

        HttpResponse<String> accepted = simulator.submitIrn("key-cc-1", thisShop);
        HttpResponse<String> unknownReason =
                simulator.submitIrn("key-cc-2", thisShop.replace("REPLACEMENT", "LOST_IT"));

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(json(accepted).get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(unknownReason.statusCode()).isEqualTo(422);
        assertThat(unknownReason.body()).contains("FIRST, RENEWAL, REPLACEMENT");
    }

    @Test
    void birthReplay_returnsTheSameAnswerWithOneEffect() throws Exception {
        HttpResponse<String> first = simulator.submitIrn("key-1", irn("birth-request.json"));

        HttpResponse<String> replay = simulator.submitIrn("key-1", irn("birth-request-reordered.json"));

        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.body())
                .as("the same document, byte for byte")
                .isEqualTo(first.body())
                .contains("\"document\"");
        assertThat(simulator.irnEffectCount()).isEqualTo(1);
        assertThat(simulator.get("/irn/v1/service-requests/key-1").body()).isEqualTo(first.body());
    }

    @Test
    void birthKeyReusedForAnotherBody_is409() throws Exception {
        simulator.submitIrn("key-1", irn("birth-request.json"));

        HttpResponse<String> reused = simulator.submitIrn("key-1", irn("birth-twins-request.json"));

        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(json(reused).get("code").asText()).isEqualTo("KEY_REUSED");
        assertThat(simulator.irnEffectCount()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "birth-too-many-names-request.json, INVALID_NAME, at most 2 given names",
        "birth-digits-in-name-request.json, INVALID_NAME, only letters",
        "birth-unknown-mother-request.json, UNKNOWN_CITIZEN, 99999999",
        "birth-no-postal-code-request.json, INVALID_ADDRESS, postal code",
        "birth-bad-date-request.json, INVALID_REQUEST, child.birthDate",
        "birth-future-date-request.json, INVALID_REQUEST, future",
        "birth-missing-sex-request.json, INVALID_REQUEST, child.sex is required",
        "address-anonymous-request.json, INVALID_REQUEST, citizen.civilIdNumber is required",
        "company-bad-capital-request.json, INVALID_REQUEST, company.capital",
        "heirs-bad-nif-request.json, INVALID_NIF, estate.administrator",
        "unknown-service-request.json, UNKNOWN_SERVICE, IRN-PASSPORT",
    })
    void invalidRequest_is422WithItsCodeAndAReasonAndUsesNoNumber(String sample, String code, String reason)
            throws Exception {
        HttpResponse<String> response = simulator.submitIrn("key-1", irn(sample));

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode body = json(response);
        assertThat(body.get("status").asText()).isEqualTo("REJECTED");
        assertThat(body.get("code").asText()).isEqualTo(code);
        assertThat(body.get("type").asText()).startsWith("urn:irn:rejection:");
        assertThat(body.get("reason").asText()).contains(reason);
        assertThat(simulator.irnEffectCount()).isEqualTo(1);
        JsonNode next = json(simulator.submitIrn("key-2", irn("birth-request.json")));
        assertThat(next.get("outputs").get("child.civilId").asText()).isEqualTo("40000001");
    }

    @Test
    void birthWithoutFather_isCompleted() throws Exception {
        assertThat(simulator
                        .submitIrn("key-1", irn("birth-without-father-request.json"))
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void address_isConfirmedWithItsReference() throws Exception {
        JsonNode body = json(simulator.submitIrn("key-1", irn("address-request.json")));

        assertThat(body.get("agencyReference").asText()).isEqualTo("IRN-ADDRESS-2026-000001");
        assertThat(body.get("outputs").get("address.confirmation").asText()).isEqualTo("IRN-ADDRESS-2026-000001");
    }

    @Test
    void certificate_hasAnAccessCode() throws Exception {
        JsonNode body = json(simulator.submitIrn("key-1", irn("cert-request.json")));

        assertThat(body.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(body.get("outputs").get("cert.accessCode").asText()).matches("[0-9]{4}-[0-9]{4}-[0-9]{4}");
    }

    @Test
    void death_hasARecordNumber() throws Exception {
        JsonNode body = json(simulator.submitIrn("key-1", irn("death-request.json")));

        assertThat(body.get("agencyReference").asText()).isEqualTo("IRN-DEATH-2026-000001");
        assertThat(body.get("outputs").get("death.recordNumber").asText()).isEqualTo("OBITO-2026-000001");
    }

    @Test
    void company_getsAValidNipcAndACertificateCode() throws Exception {
        JsonNode first = json(simulator.submitIrn("key-1", irn("company-request.json")));
        JsonNode second = json(simulator.submitIrn("key-2", irn("company-request.json")));

        String nipc = first.get("outputs").get("company.nipc").asText();
        assertThat(nipc).hasSize(9).startsWith("5");
        assertThat(CheckDigits.nifCheckHolds(nipc)).isTrue();
        assertThat(second.get("outputs").get("company.nipc").asText()).isNotEqualTo(nipc);
        assertThat(first.get("outputs").get("company.certificateCode").asText()).matches("[0-9]{4}-[0-9]{4}-[0-9]{4}");
        assertThat(first.get("outputs").fieldNames())
                .toIterable()
                .containsExactly("company.nipc", "company.certificateCode");
    }

    @Test
    void heirs_getADeedSevenWorkingDaysAhead() throws Exception {
        JsonNode body = json(simulator.submitIrn("key-1", irn("heirs-request.json")));

        // Friday 2026-11-27 plus 7 working days.
        assertThat(body.get("outputs").get("estate.actDate").asText()).isEqualTo("2026-12-08");
    }

    @Test
    void reset_forgetsTheRegisteredChildButNeverGivesItsNumberAgain() throws Exception {
        String before = json(simulator.submitIrn("key-1", irn("birth-request.json")))
                .get("outputs")
                .get("child.civilId")
                .asText();

        assertThat(simulator.post("/admin/reset", "").statusCode()).isEqualTo(204);
        JsonNode after = json(simulator.submitIrn("key-1", irn("birth-request.json")));

        assertThat(simulator.get("/irn/v1/citizens/" + before).statusCode()).isEqualTo(404);
        assertThat(after.get("agencyReference").asText()).isEqualTo("IRN-BIRTH-2026-000001");
        assertThat(after.get("outputs").get("child.civilId").asText()).isNotEqualTo(before);
    }

    @Test
    void downRegistry_answers503AndRecordsNothing() throws Exception {
        simulator.setIrnBehaviour("{\"down\":true}");

        HttpResponse<String> response = simulator.submitIrn("key-1", irn("birth-request.json"));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(simulator.irnEffectCount()).isZero();
    }

    @Test
    void detailsThatAreNotAnObject_isARejection() throws Exception {
        HttpResponse<String> response =
                simulator.submitIrn("key-1", "{\"service\":\"IRN-ADDRESS\",\"shop\":\"LX\",\"details\":[\"address\"]}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("code").asText()).isEqualTo("INVALID_REQUEST");
    }
}
