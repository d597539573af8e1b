package org.citizenshop.it.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citizenshop.it.http.CustomerDisplays.DESK;
import static org.citizenshop.it.http.CustomerDisplays.answer;
import static org.citizenshop.it.http.CustomerDisplays.consent;
import static org.citizenshop.it.http.CustomerDisplays.pairedWith;
import static org.citizenshop.it.http.Endpoints.api;
import static org.citizenshop.it.http.Endpoints.json;
import static org.citizenshop.it.http.Endpoints.object;
import static org.citizenshop.it.http.Endpoints.post;
import static org.citizenshop.it.http.Endpoints.send;
import static org.citizenshop.it.http.Endpoints.tokenOf;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.citizenshop.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Consent before a life event reads the registries or shares data: asked at the desk, answered by
 * the citizen on the customer display; no registry lookup without it; a case needs it; withdrawing it
 * stops the steps not sent yet; and the data tracker keeps one entry per access, with its purpose.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsentIT {

    private static final String SIMULATOR = System.getenv().getOrDefault("AGENCY_IRN_URL", "http://localhost:8280");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void registryAtItsPace() {
        registry("{\"latencyMs\":0,\"down\":false}");
    }

    private static void registry(String behaviour) {
        HttpResponse<String> switched =
                send(HttpRequest.newBuilder(URI.create(SIMULATOR + "/admin/agencies/irn/behaviour"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(behaviour)));
        assertThat(switched.statusCode()).as(switched.body()).isEqualTo(200);
    }

    /** The civil registry's lookups made under this correlation id (the simulator keeps each one). */
    private static long lookupsWith(String correlationId) {
        HttpResponse<String> lookups =
                send(HttpRequest.newBuilder(URI.create(SIMULATOR + "/admin/agencies/irn/lookups"))
                        .GET());
        assertThat(lookups.statusCode()).as(lookups.body()).isEqualTo(200);
        return lookups.body().split(correlationId, -1).length - 1L;
    }

    private static HttpResponse<String> prefill(String clerk, String consent, String correlationId) {
        return send(api("/consents/" + consent + "/prefill")
                .header("Authorization", "Bearer " + clerk)
                .header("Content-Type", "application/json")
                .header("X-Correlation-Id", correlationId)
                .POST(HttpRequest.BodyPublishers.ofString("{\"mother.civilId\":\"12345678\"}")));
    }

    @Test
    void theRegistryIsReadOnlyAfterTheCitizenAgreedOnTheDisplay_andPrefillsTheParentsData() {
        String clerk = tokenOf("clerk1");
        String display = pairedWith(DESK, clerk);
        HttpResponse<String> asked = post(
                "/consents",
                clerk,
                "{\"desk\":\"" + DESK + "\",\"lifeEvent\":\"BIRTH\",\"civilId\":\"12345678\","
                        + "\"legalBasis\":\"PARENT_OF_MINOR\",\"onBehalfOf\":\"the child to be registered\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        JsonObject consent = object(asked);
        String id = consent.getString("id");
        assertThat(consent.getString("status")).isEqualTo("REQUESTED");
        List<JsonObject> items = consent.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items.get(0).getString("kind")).isEqualTo("LOOKUP");
        assertThat(items.get(0).getString("agency")).isEqualTo("IRN");
        assertThat(items.stream().filter(item -> item.getString("kind").equals("SHARE")))
                .extracting(item -> item.getString("agency"))
                .contains("IRN", "AT", "ISS", "SNS");

        // The display shows the question, the civil ID number by its last digits only.
        HttpResponse<String> screen = send(api("/customer-displays/current")
                .header("X-Display-Token", display)
                .GET());
        assertThat(screen.statusCode()).as(screen.body()).isEqualTo(200);
        JsonObject asking = object(screen).getJsonObject("asking");
        assertThat(asking.getString("id")).isEqualTo(id);
        assertThat(asking.getString("civilId")).endsWith("678").doesNotContain("12345");

        String before = "it-consent-" + UUID.randomUUID();
        HttpResponse<String> tooEarly = prefill(clerk, id, before);
        assertThat(tooEarly.statusCode()).as(tooEarly.body()).isEqualTo(409);
        assertThat(lookupsWith(before)).as("no lookup without consent").isZero();

        HttpResponse<String> byTheClerk = send(api("/customer-displays/current/answers")
                .header("Authorization", "Bearer " + clerk)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"consent\":\"" + id + "\",\"given\":true}")));
        assertThat(byTheClerk.statusCode())
                .as("the clerk's own click cannot give it: only the display's token answers")
                .isIn(400, 422);
        HttpResponse<String> otherDisplay =
                answer(object(post("/customer-displays", null, "")).getString("token"), id, true);
        assertThat(otherDisplay.statusCode()).as(otherDisplay.body()).isEqualTo(403);

        assertThat(answer(display, id, true).statusCode()).isEqualTo(200);
        assertThat(answer(display, id, false).statusCode()).as("answered once").isEqualTo(409);

        String after = "it-consent-" + UUID.randomUUID();
        HttpResponse<String> prefilled = prefill(clerk, id, after);
        assertThat(prefilled.statusCode()).as(prefilled.body()).isEqualTo(200);
        JsonObject values = object(prefilled).getJsonObject("values");
        assertThat(values.getString("father.civilId")).isEqualTo("30000001");
        assertThat(values.getString("parents.maritalStatus")).isEqualTo("MARRIED");
        assertThat(values.getString("address")).matches(".*\\d{4}-\\d{3}.*");
        assertThat(lookupsWith(after))
                .as("one lookup, under the request's correlation id")
                .isEqualTo(1);
    }

    @Test
    void aLifeEventNeedsTheApplicantsConsent_andARefusalReadsNothing() {
        String clerk = tokenOf("clerk1");
        String moving =
                """
                {"shop":"LX-LARANJEIRAS","desk":"%s","lifeEvent":"MOVING","chosen":[],"applicantCivilId":"30000001",
                 "data":{"address":"Rua Nova 3, 1250-001 Lisboa"}%s}
                """;
        HttpResponse<String> without = post("/cases", clerk, moving.formatted(DESK, ""));
        assertThat(without.statusCode()).as(without.body()).isEqualTo(422);
        assertThat(object(without).getString("code")).isEqualTo("consent.required");

        String othersConsent = consent(clerk, DESK, "MOVING", "30000002", true);
        HttpResponse<String> other =
                post("/cases", clerk, moving.formatted(DESK, ",\"consent\":\"" + othersConsent + "\""));
        assertThat(other.statusCode()).as(other.body()).isEqualTo(409);
        assertThat(object(other).getString("code")).isEqualTo("consent.otherPerson");

        String refused = consent(clerk, DESK, "BIRTH", "12345678", false);
        String correlation = "it-refused-" + UUID.randomUUID();
        assertThat(prefill(clerk, refused, correlation).statusCode()).isEqualTo(409);
        assertThat(lookupsWith(correlation)).isZero();
        HttpResponse<String> withRefused =
                post("/cases", clerk, moving.formatted(DESK, ",\"consent\":\"" + refused + "\""));
        assertThat(withRefused.statusCode()).as(withRefused.body()).isEqualTo(409);
    }

    @Test
    void withdrawingTheConsent_stopsTheStepsNotSentYet_andWhatWasSentStays() {
        String clerk = tokenOf("clerk1");
        // The registry takes its time: its step is on its way while the others wait for it.
        registry("{\"latencyMs\":6000}");
        String consent = consent(clerk, DESK, "MOVING", "30000003", true);
        HttpResponse<String> submitted = post(
                "/cases",
                clerk,
                """
                {"shop":"LX-LARANJEIRAS","desk":"%s","consent":"%s","lifeEvent":"MOVING","chosen":[],
                 "applicantCivilId":"30000003","data":{"address":"Rua do Carmo 7, 1200-093 Lisboa"}}
                """
                        .formatted(DESK, consent));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String reference = object(submitted).getString("reference");
        await("the registry's step on its way")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> tasks(reference, clerk).get("IRN-ADDRESS").getString("status"), "SENT"::equals);

        HttpResponse<String> withdrawn = post("/consents/" + consent + "/withdraw", clerk, "");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(object(withdrawn).getString("status")).isEqualTo("WITHDRAWN");

        Map<String, JsonObject> board = await("the registry's answer")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> tasks(reference, clerk),
                        tasks -> tasks.get("IRN-ADDRESS").getString("status").equals("COMPLETED"));
        board.forEach((service, task) -> {
            if (!service.equals("IRN-ADDRESS")) {
                assertThat(task.getString("status")).as(service).isEqualTo("CANCELLED");
                assertThat(task.getString("rejectionCode")).as(service).isEqualTo("CONSENT_WITHDRAWN");
            }
        });
        HttpResponse<String> again = post("/consents/" + consent + "/withdraw", clerk, "");
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    void eachReadOfACase_isOneEntryOfTheDataTracker_withItsPurpose() {
        String clerk = tokenOf("clerk1");
        String consent = consent(clerk, DESK, "MOVING", "30000004", true);
        HttpResponse<String> submitted = post(
                "/cases",
                clerk,
                """
                {"shop":"LX-LARANJEIRAS","desk":"%s","consent":"%s","lifeEvent":"MOVING","chosen":[],
                 "applicantCivilId":"30000004","data":{"address":"Rua da Prata 9, 1100-414 Lisboa"}}
                """
                        .formatted(DESK, consent));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String reference = object(submitted).getString("reference");

        String supervisor = tokenOf("supervisor1");
        tasks(reference, supervisor);
        tasks(reference, supervisor);

        HttpResponse<String> found = send(api("/admin/data-log?civilId=30000004")
                .header("Authorization", "Bearer " + supervisor)
                .GET());
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        List<JsonObject> entries = json(found.body()).asJsonArray().getValuesAs(JsonObject.class);
        assertThat(entries.stream()
                        .filter(entry -> reference.equals(entry.getString("caseReference", null)))
                        .filter(entry -> entry.getString("purpose").equals("CASE_READ"))
                        .filter(entry -> entry.getString("actor").equals("supervisor1")))
                .as("two looks at the board within minutes are one entry")
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.getString("actorRole")).isEqualTo("SUPERVISOR");
                    assertThat(entry.getString("action")).isEqualTo("READ");
                    assertThat(entry.getString("correlationId")).isNotBlank();
                });
        assertThat(entries.stream()
                        .filter(entry -> reference.equals(entry.getString("caseReference", null)))
                        .filter(entry -> entry.getString("purpose").equals("CASE_SUBMITTED")))
                .singleElement()
                .satisfies(entry -> assertThat(entry.getString("actor")).isEqualTo("clerk1"));
        assertThat(entries.stream().filter(entry -> entry.getString("purpose").equals("CONSENT")))
                .as("the citizen's answer on the display")
                .isNotEmpty();

        HttpResponse<String> byClerk = send(api("/admin/data-log?civilId=30000004")
                .header("Authorization", "Bearer " + clerk)
                .GET());
        assertThat(byClerk.statusCode()).isEqualTo(403);
    }

    private static Map<String, JsonObject> tasks(String reference, String token) {
        HttpResponse<String> board = send(api("/cases/" + reference)
                .header("Authorization", "Bearer " + token)
                .GET());
        assertThat(board.statusCode()).as(board.body()).isEqualTo(200);
        return object(board).getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(task -> task.getString("service"), task -> task));
    }
}
