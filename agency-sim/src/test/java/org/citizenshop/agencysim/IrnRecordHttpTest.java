package org.citizenshop.agencysim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenshop.agencysim.RunningSimulator.json;
import static org.citizenshop.agencysim.Samples.irn;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A person's record for prefilling a form, and the registry's list of who asked for which record and why. */
class IrnRecordHttpTest {

    private static final String PURPOSE = "prefill BIRTH for case form";
    private static final String CORRELATION_ID = "3f2a9c1e-5b7d-4e21-9a0c-8d6f1b2e4c70";

    private final RunningSimulator simulator = new RunningSimulator();

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void record_givesTheRecordOfAMarriedCitizen_andNoCardNumber() throws Exception {
        HttpResponse<String> response = simulator.lookUpRecord("12345678", PURPOSE, CORRELATION_ID);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body())
                .isEqualTo("{\"civilIdNumber\":\"12345678\",\"fullName\":\"Cidadã Exemplo Um\","
                        + "\"birthDate\":\"1985-03-14\",\"address\":\"Rua Augusta 10, 1100-053 Lisboa\","
                        + "\"maritalStatus\":\"MARRIED\",\"partnerCivilIdNumber\":\"30000001\"}");
    }

    @ParameterizedTest
    @CsvSource({"12345678, 30000001, MARRIED", "30000002, 30000003, CIVIL_UNION"})
    void partners_nameEachOther_andLiveAtTheSameAddress(String one, String other, String status) throws Exception {
        JsonNode first = json(simulator.lookUpRecord(one, PURPOSE, CORRELATION_ID));
        JsonNode second = json(simulator.lookUpRecord(other, PURPOSE, CORRELATION_ID));

        assertThat(first.get("maritalStatus").asText()).isEqualTo(status);
        assertThat(second.get("maritalStatus").asText()).isEqualTo(status);
        assertThat(first.get("partnerCivilIdNumber").asText()).isEqualTo(other);
        assertThat(second.get("partnerCivilIdNumber").asText()).isEqualTo(one);
        assertThat(second.get("address").asText())
                .isEqualTo(first.get("address").asText());
    }

    @Test
    void unmarriedCitizen_hasNoPartner() throws Exception {
        JsonNode record = json(simulator.lookUpRecord("30000004", PURPOSE, CORRELATION_ID));

        assertThat(record.get("maritalStatus").asText()).isEqualTo("UNMARRIED");
        assertThat(record.get("partnerCivilIdNumber").isNull()).isTrue();
    }

    @Test
    void everyLookup_isListedWithCivilIdPurposeCorrelationIdAndTime() throws Exception {
        simulator.lookUpRecord("12345678", PURPOSE, CORRELATION_ID);

        JsonNode list = simulator.recordLookups(null);

        assertThat(list.get("count").asInt()).isEqualTo(1);
        JsonNode lookup = list.get("lookups").get(0);
        assertThat(lookup.get("civilIdNumber").asText()).isEqualTo("12345678");
        assertThat(lookup.get("purpose").asText()).isEqualTo(PURPOSE);
        assertThat(lookup.get("correlationId").asText()).isEqualTo(CORRELATION_ID);
        assertThat(lookup.get("at").asText()).isEqualTo(RunningSimulator.NOW.toString());
        assertThat(lookup.get("httpStatus").asInt()).isEqualTo(200);
        assertThat(lookup.get("outcome").asText()).isEqualTo("FOUND");
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "NULL",
            value = {
                "NULL,                       " + CORRELATION_ID + ", MISSING_PURPOSE",
                "'   ',                      " + CORRELATION_ID + ", MISSING_PURPOSE",
                PURPOSE + ",                 NULL,                   MISSING_CORRELATION_ID",
                PURPOSE + ",                 'not a correlation id', INVALID_CORRELATION_ID",
            })
    void lookupWithoutPurposeOrCorrelationId_isRefused400_disclosesNothing_andIsListed(
            String purpose, String correlationId, String code) throws Exception {
        HttpResponse<String> response = simulator.lookUpRecord("12345678", purpose, correlationId);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).get("code").asText()).isEqualTo(code);
        assertThat(response.body()).doesNotContain("Exemplo").doesNotContain("Rua");
        JsonNode lookup = simulator.recordLookups("12345678").get("lookups").get(0);
        assertThat(lookup.get("httpStatus").asInt()).isEqualTo(400);
        assertThat(lookup.get("outcome").asText()).isEqualTo(code);
    }

    @Test
    void purposeLongerThan200Characters_isRefused400() throws Exception {
        HttpResponse<String> longest = simulator.lookUpRecord("12345678", "p".repeat(200), CORRELATION_ID);
        HttpResponse<String> tooLong = simulator.lookUpRecord("12345678", "p".repeat(201), CORRELATION_ID);

        assertThat(longest.statusCode()).isEqualTo(200);
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json(tooLong).get("code").asText()).isEqualTo("INVALID_PURPOSE");
        assertThat(simulator
                        .recordLookups(null)
                        .get("lookups")
                        .get(1)
                        .get("outcome")
                        .asText())
                .isEqualTo("INVALID_PURPOSE");
    }

    @Test
    void malformedCivilId_is400_andUnknownCivilId_is404_bothListed() throws Exception {
        HttpResponse<String> malformed = simulator.lookUpRecord("1234567X", PURPOSE, CORRELATION_ID);
        HttpResponse<String> unknown = simulator.lookUpRecord("99999999", PURPOSE, CORRELATION_ID);

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).get("code").asText()).isEqualTo("INVALID_CIVIL_ID");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(unknown).get("code").asText()).isEqualTo("NOT_FOUND");
        JsonNode lookups = simulator.recordLookups(null).get("lookups");
        assertThat(lookups).hasSize(2);
        assertThat(lookups.get(0).get("civilIdNumber").asText()).isEqualTo("1234567X");
        assertThat(lookups.get(0).get("outcome").asText()).isEqualTo("INVALID_CIVIL_ID");
        assertThat(lookups.get(1).get("civilIdNumber").asText()).isEqualTo("99999999");
        assertThat(lookups.get(1).get("httpStatus").asInt()).isEqualTo(404);
    }

    @Test
    void lookupsOfOneCivilId_areListedApart() throws Exception {
        simulator.lookUpRecord("12345678", PURPOSE, CORRELATION_ID);
        simulator.lookUpRecord("30000001", PURPOSE, CORRELATION_ID);

        assertThat(simulator.recordLookups("30000001").get("count").asInt()).isEqualTo(1);
        assertThat(simulator.recordLookups("30000002").get("count").asInt()).isZero();
        assertThat(simulator.recordLookups(null).get("count").asInt()).isEqualTo(2);
    }

    @Test
    void downRegistry_answers503_andTheLookupIsListed() throws Exception {
        simulator.setIrnBehaviour("{\"down\":true}");

        HttpResponse<String> response = simulator.lookUpRecord("12345678", PURPOSE, CORRELATION_ID);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(json(response).get("code").asText()).isEqualTo("DOWN");
        JsonNode lookup = simulator.recordLookups(null).get("lookups").get(0);
        assertThat(lookup.get("civilIdNumber").asText()).isEqualTo("12345678");
        assertThat(lookup.get("purpose").asText()).isEqualTo(PURPOSE);
        assertThat(lookup.get("outcome").asText()).isEqualTo("DOWN");
    }

    @Test
    void simulatedFailure_answers500_andTheLookupIsListed() throws Exception {
        simulator.setIrnBehaviour("{\"failureRate\":0.5}");
        simulator.dice.willRoll(0.2);

        HttpResponse<String> response = simulator.lookUpRecord("12345678", PURPOSE, CORRELATION_ID);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(json(response).get("code").asText()).isEqualTo("SIMULATED_FAILURE");
        assertThat(simulator
                        .recordLookups(null)
                        .get("lookups")
                        .get(0)
                        .get("outcome")
                        .asText())
                .isEqualTo("SIMULATED_FAILURE");
    }

    @Test
    void garbledRegistry_answersAWebPage_andTheLookupIsListed() throws Exception {
        simulator.setIrnBehaviour("{\"garbled\":true}");

        HttpResponse<String> response = simulator.lookUpRecord("12345678", PURPOSE, CORRELATION_ID);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).doesNotContain("Exemplo");
        assertThat(simulator
                        .recordLookups(null)
                        .get("lookups")
                        .get(0)
                        .get("outcome")
                        .asText())
                .isEqualTo("GARBLED");
    }

    @Test
    void slowRegistry_answersLate_andTheLookupIsListedOnceAnswered() throws Exception {
        simulator.setIrnBehaviour("{\"latencyMs\":300}");

        Instant sent = Instant.now();
        HttpResponse<String> response = simulator.lookUpRecord("12345678", PURPOSE, CORRELATION_ID);

        assertThat(Duration.between(sent, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode lookup = simulator.recordLookups(null).get("lookups").get(0);
        assertThat(lookup.get("httpStatus").asInt()).isEqualTo(200);
        assertThat(lookup.get("outcome").asText()).isEqualTo("FOUND");
    }

    @Test
    void lookupList_answersWhileTheRegistryIsDown_andResetEmptiesIt() throws Exception {
        simulator.lookUpRecord("12345678", PURPOSE, CORRELATION_ID);
        simulator.setIrnBehaviour("{\"down\":true}");

        HttpResponse<String> whileDown = simulator.get("/admin/agencies/irn/lookups");
        assertThat(simulator.post("/admin/reset", "").statusCode()).isEqualTo(204);

        assertThat(whileDown.statusCode()).isEqualTo(200);
        assertThat(json(whileDown).get("count").asInt()).isEqualTo(1);
        assertThat(simulator.recordLookups(null).get("count").asInt()).isZero();
    }

    @Test
    void nameLookup_staysAsItWas_andIsNoRecordLookup() throws Exception {
        HttpResponse<String> response = simulator.get("/irn/v1/citizens/12345678");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"civilIdNumber\":\"12345678\",\"name\":\"Cidadã Exemplo Um\"}");
        assertThat(simulator.recordLookups(null).get("count").asInt()).isZero();
    }

    @Test
    void registeredChild_hasARecord_withTheBirthsDateAndAddress_andNoPartner() throws Exception {
        String civilId = json(simulator.submitIrn("key-1", irn("birth-request.json")))
                .get("outputs")
                .get("child.civilId")
                .asText();

        JsonNode record = json(simulator.lookUpRecord(civilId, PURPOSE, CORRELATION_ID));

        JsonNode details = Samples.irnJson("birth-request.json").get("details");
        assertThat(record.get("fullName").asText()).isEqualTo("Maria Inês Silva Santos");
        assertThat(record.get("birthDate").asText())
                .isEqualTo(details.get("child.birthDate").asText());
        assertThat(record.get("address").asText())
                .isEqualTo(details.get("address").asText());
        assertThat(record.get("maritalStatus").asText()).isEqualTo("UNMARRIED");
        assertThat(record.get("partnerCivilIdNumber").isNull()).isTrue();
    }
}
