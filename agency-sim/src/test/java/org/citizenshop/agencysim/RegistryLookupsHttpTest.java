package org.citizenshop.agencysim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenshop.agencysim.RunningSimulator.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.citizenshop.agencysim.common.Identifiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lookups of the tax authority, the social security and the health service for prefilling a form: each in its
 * agency's shape, each person of the civil registry's seed known to all with valid numbers, the deceased 30000006
 * included; refused without a purpose or correlation id; behind the agency's switches; and every request kept in the
 * agency's lookup log.
 */
class RegistryLookupsHttpTest {

    private static final String PURPOSE = "prefill DEATH for case form";
    private static final String CORRELATION_ID = "7c1d2e3f-0a1b-4c5d-8e9f-112233445566";
    private static final List<String> SEEDED =
            List.of("12345678", "30000001", "30000002", "30000003", "30000004", "30000005", "30000006");

    private final RunningSimulator simulator = new RunningSimulator();

    @AfterEach
    void stop() {
        simulator.close();
    }

    private HttpResponse<String> taxpayer(String civilId) throws Exception {
        return simulator.lookUp("/at/v1/taxpayers/" + civilId, PURPOSE, CORRELATION_ID);
    }

    private HttpResponse<String> beneficiary(String civilId) throws Exception {
        return simulator.lookUp("/iss/v1/beneficiaries/" + civilId, PURPOSE, CORRELATION_ID);
    }

    private HttpResponse<String> patients(String civilId) throws Exception {
        return simulator.lookUp(
                "/sns/fhir/Patient?identifier="
                        + URLEncoder.encode("urn:pt:irn:civil-id|" + civilId, StandardCharsets.UTF_8),
                PURPOSE,
                CORRELATION_ID);
    }

    private static String snsNumberIn(JsonNode bundle) {
        for (JsonNode identifier : bundle.get("entry").get(0).get("resource").get("identifier")) {
            if (identifier.get("system").asText().equals("urn:pt:sns:utente")) {
                return identifier.get("value").asText();
            }
        }
        throw new AssertionError("No SNS number in " + bundle);
    }

    @Test
    void theDeceased_isKnownToTheCivilRegistryAsDead_andToTheOthersWithHisNumbers() throws Exception {
        JsonNode record = json(simulator.lookUpRecord("30000006", PURPOSE, CORRELATION_ID));
        assertThat(record.get("deathDate").asText()).isEqualTo("2026-11-20");
        assertThat(json(simulator.lookUpRecord("12345678", PURPOSE, CORRELATION_ID))
                        .has("deathDate"))
                .as("the living have no date of death")
                .isFalse();

        HttpResponse<String> tax = taxpayer("30000006");
        assertThat(tax.statusCode()).isEqualTo(200);
        assertThat(tax.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(tax.body())
                .isEqualTo("{\"civilIdNumber\":\"30000006\",\"nif\":\"130000060\","
                        + "\"name\":\"Cidadão Exemplo Sete\",\"householdIncomeBracket\":4}");
        assertThat(beneficiary("30000006").body())
                .isEqualTo("{\"civilIdNumber\":\"30000006\",\"niss\":\"12000000062\","
                        + "\"name\":\"Cidadão Exemplo Sete\"}");
        HttpResponse<String> health = patients("30000006");
        assertThat(health.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/fhir+json"));
        JsonNode bundle = json(health);
        assertThat(bundle.get("resourceType").asText()).isEqualTo("Bundle");
        assertThat(bundle.get("type").asText()).isEqualTo("searchset");
        assertThat(snsNumberIn(bundle)).isEqualTo("300000066");
    }

    @Test
    void everySeededCitizen_hasAValidNifNissAndSnsNumber_theIdentifiersExamplesForTheFirst() throws Exception {
        for (String civilId : SEEDED) {
            JsonNode tax = json(taxpayer(civilId));
            assertThat(Identifiers.isNif(tax.get("nif").asText())).as(civilId).isTrue();
            assertThat(tax.get("householdIncomeBracket").asInt()).isBetween(1, 5);
            String niss = json(beneficiary(civilId)).get("niss").asText();
            assertThat(Identifiers.isNiss(niss)).as(civilId).isTrue();
            assertThat(niss).startsWith("1");
            assertThat(Identifiers.isSnsNumber(snsNumberIn(json(patients(civilId)))))
                    .as(civilId)
                    .isTrue();
        }
        assertThat(json(taxpayer("12345678")).get("nif").asText()).isEqualTo("123456789");
        assertThat(json(beneficiary("12345678")).get("niss").asText()).isEqualTo("16613186097");
    }

    @Test
    void anUnknownPerson_isNotFound_eachInItsAgencysWords() throws Exception {
        HttpResponse<String> tax = taxpayer("99999999");
        assertThat(tax.statusCode()).isEqualTo(404);
        assertThat(json(tax).get("code").asText()).isEqualTo("NOT_FOUND");
        HttpResponse<String> social = beneficiary("99999999");
        assertThat(social.statusCode()).isEqualTo(404);
        assertThat(json(social).get("code").asText()).isEqualTo("NOT_FOUND");
        HttpResponse<String> health = patients("99999999");
        assertThat(health.statusCode()).as("a FHIR search that finds nobody").isEqualTo(200);
        assertThat(json(health).get("total").asInt()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/at/v1/taxpayers/30000006", "/iss/v1/beneficiaries/30000006"})
    void aLookupWithoutPurposeOrCorrelationId_orOfNoCivilId_isRefused(String path) throws Exception {
        assertThat(json(simulator.get(path)).get("code").asText()).isEqualTo("MISSING_CORRELATION_ID");
        assertThat(json(simulator.lookUp(path, " ", CORRELATION_ID)).get("code").asText())
                .isEqualTo("MISSING_PURPOSE");
        assertThat(json(simulator.lookUp(path, PURPOSE, "not a correlation id"))
                        .get("code")
                        .asText())
                .isEqualTo("INVALID_CORRELATION_ID");
        HttpResponse<String> noCivilId =
                simulator.lookUp(path.replace("30000006", "3000000X"), PURPOSE, CORRELATION_ID);
        assertThat(noCivilId.statusCode()).isEqualTo(400);
        assertThat(json(noCivilId).get("code").asText()).isEqualTo("INVALID_CIVIL_ID");
    }

    @Test
    void aPatientSearchWithoutPurpose_isRefusedAsAnOperationOutcome() throws Exception {
        HttpResponse<String> refused = simulator.get("/sns/fhir/Patient?identifier="
                + URLEncoder.encode("urn:pt:irn:civil-id|30000006", StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode outcome = json(refused);
        assertThat(outcome.get("resourceType").asText()).isEqualTo("OperationOutcome");
        assertThat(outcome.at("/issue/0/details/coding/0/code").asText()).isEqualTo("MISSING_CORRELATION_ID");
    }

    @Test
    void everyLookup_answeredOrRefused_isInTheAgencysLog() throws Exception {
        taxpayer("30000006");
        simulator.get("/at/v1/taxpayers/30000006");
        beneficiary("30000006");
        patients("30000006");

        JsonNode at = json(simulator.get("/admin/agencies/at/lookups"));
        assertThat(at.get("count").asInt()).isEqualTo(2);
        JsonNode first = at.get("lookups").get(0);
        assertThat(first.get("civilIdNumber").asText()).isEqualTo("30000006");
        assertThat(first.get("purpose").asText()).isEqualTo(PURPOSE);
        assertThat(first.get("correlationId").asText()).isEqualTo(CORRELATION_ID);
        assertThat(first.get("httpStatus").asInt()).isEqualTo(200);
        assertThat(first.get("outcome").asText()).isEqualTo("FOUND");
        assertThat(at.get("lookups").get(1).get("outcome").asText()).isEqualTo("MISSING_CORRELATION_ID");
        JsonNode iss = json(simulator.get("/admin/agencies/iss/lookups?civilIdNumber=30000006"));
        assertThat(iss.get("count").asInt()).isEqualTo(1);
        assertThat(iss.at("/lookups/0/correlationId").asText()).isEqualTo(CORRELATION_ID);
        JsonNode sns = json(simulator.get("/admin/agencies/sns/lookups"));
        assertThat(sns.get("count").asInt()).isEqualTo(1);
        assertThat(sns.at("/lookups/0/civilIdNumber").asText()).isEqualTo("30000006");
        assertThat(sns.at("/lookups/0/purpose").asText()).isEqualTo(PURPOSE);
        assertThat(json(simulator.get("/admin/agencies/irn/lookups"))
                        .get("count")
                        .asInt())
                .as("each agency keeps its own")
                .isZero();

        simulator.post("/admin/reset", "");
        assertThat(json(simulator.get("/admin/agencies/at/lookups"))
                        .get("count")
                        .asInt())
                .isZero();
    }

    @Test
    void aSwitchedDownAgency_answersNoLookup_andKeepsTheRefusal() throws Exception {
        assertThat(simulator.setBehaviour("at", "{\"down\":true}").statusCode()).isEqualTo(200);
        assertThat(simulator.setBehaviour("iss", "{\"down\":true}").statusCode())
                .isEqualTo(200);
        assertThat(simulator.setBehaviour("sns", "{\"down\":true}").statusCode())
                .isEqualTo(200);

        assertThat(taxpayer("30000006").statusCode()).isEqualTo(503);
        assertThat(beneficiary("30000006").statusCode()).isEqualTo(503);
        HttpResponse<String> health = patients("30000006");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(json(health).get("resourceType").asText()).isEqualTo("OperationOutcome");
        for (String agency : List.of("at", "iss", "sns")) {
            JsonNode log = json(simulator.get("/admin/agencies/" + agency + "/lookups"));
            assertThat(log.at("/lookups/0/httpStatus").asInt()).as(agency).isEqualTo(503);
        }
    }
}
