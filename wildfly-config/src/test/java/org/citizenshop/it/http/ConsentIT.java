package org.citizenshop.it.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citizenshop.it.http.CustomerDisplays.DESK;
import static org.citizenshop.it.http.CustomerDisplays.answer;
import static org.citizenshop.it.http.CustomerDisplays.consent;
import static org.citizenshop.it.http.CustomerDisplays.pairedWith;
import static org.citizenshop.it.http.Endpoints.SIMULATOR;
import static org.citizenshop.it.http.Endpoints.api;
import static org.citizenshop.it.http.Endpoints.json;
import static org.citizenshop.it.http.Endpoints.object;
import static org.citizenshop.it.http.Endpoints.post;
import static org.citizenshop.it.http.Endpoints.send;
import static org.citizenshop.it.http.Endpoints.tokenOf;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void registriesUp() {
        for (String agency : List.of("irn", "at", "iss", "sns")) {
            switchAgency(agency, "{\"down\":false}");
        }
    }

    private static void registry(String behaviour) {
        switchAgency("irn", behaviour);
    }

    private static void switchAgency(String agency, String behaviour) {
        Endpoints.agencyBehaves(agency, behaviour);
    }

    /** The lookups an agency's registry got under this correlation id (the simulator keeps each one). */
    private static long lookupsAt(String agency, String correlationId) {
        HttpResponse<String> lookups =
                send(HttpRequest.newBuilder(URI.create(SIMULATOR + "/admin/agencies/" + agency + "/lookups"))
                        .GET());
        assertThat(lookups.statusCode()).as(lookups.body()).isEqualTo(200);
        return lookups.body().split(correlationId, -1).length - 1L;
    }

    private static HttpResponse<String> prefill(String clerk, String consent, String correlationId, String typed) {
        return send(api("/consents/" + consent + "/prefill")
                .header("Authorization", "Bearer " + clerk)
                .header("Content-Type", "application/json")
                .header("X-Correlation-Id", correlationId)
                .POST(HttpRequest.BodyPublishers.ofString(typed)));
    }

    private static List<String> strings(JsonObject json, String array) {
        return json.getJsonArray(array).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
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
    void aDeskTakesAnotherDisplay_andTheOldOneShowsANewCodeInsteadOfTheDesksQuestions() {
        String clerk = tokenOf("clerk1");
        String desk = "LXL-07";
        String first = pairedWith(desk, clerk);
        JsonObject second = object(post("/customer-displays", null, ""));
        HttpResponse<String> paired = post(
                "/customer-displays/pairings",
                clerk,
                "{\"desk\":\"" + desk + "\",\"pairingCode\":\"" + second.getString("pairingCode") + "\"}");
        assertThat(paired.statusCode()).as(paired.body()).isEqualTo(204);

        JsonObject old = object(send(api("/customer-displays/current")
                .header("X-Display-Token", first)
                .GET()));
        assertThat(old.containsKey("desk")).as(old.toString()).isFalse();
        assertThat(old.getString("pairingCode")).matches("\\d{6}");
        JsonObject now = object(send(api("/customer-displays/current")
                .header("X-Display-Token", second.getString("token"))
                .GET()));
        assertThat(now.getString("desk")).isEqualTo(desk);
        HttpResponse<String> unknownCode =
                post("/customer-displays/pairings", clerk, "{\"desk\":\"" + desk + "\",\"pairingCode\":\"000000x\"}");
        assertThat(unknownCode.statusCode()).isEqualTo(422);
    }

    @Test
    void aBirthAtTheDesk_needsTheApplicantsOwnDocument_checked() {
        String clerk = tokenOf("clerk1");
        String birth = CaseApiIT.birth("Inês", "Rua das Flores 10, 1000-001 Lisboa");
        String consent = consent(clerk, DESK, "BIRTH", "12345678", true);
        String body = birth.replaceFirst("\\{", "{\"desk\":\"" + DESK + "\",\"consent\":\"" + consent + "\",%s");

        HttpResponse<String> none = post("/cases", clerk, body.formatted(""));
        assertThat(none.statusCode()).as(none.body()).isEqualTo(422);
        assertThat(object(none).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .containsExactlyInAnyOrder("document.type", "document.checked");

        HttpResponse<String> someoneElses =
                post("/cases", clerk, body.formatted("\"document\":" + CustomerDisplays.document("30000001") + ","));
        assertThat(someoneElses.statusCode()).as(someoneElses.body()).isEqualTo(422);
        assertThat(object(someoneElses).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .containsExactly("document.number");

        HttpResponse<String> unchecked = post(
                "/cases",
                clerk,
                body.formatted(
                        "\"document\":{\"type\":\"CITIZEN_CARD\",\"number\":\"123456782ZZ6\",\"checked\":false},"));
        assertThat(unchecked.statusCode()).isEqualTo(422);

        HttpResponse<String> shown =
                post("/cases", clerk, body.formatted("\"document\":" + CustomerDisplays.document("12345678") + ","));
        assertThat(shown.statusCode()).as(shown.body()).isEqualTo(201);
        JsonObject identification = object(shown).getJsonObject("identification");
        assertThat(identification.getString("level")).isEqualTo("PRESENTED_DOCUMENT");
        assertThat(identification.getString("documentNumber")).isEqualTo("•••ZZ6");
        assertThat(identification.getString("checkedBy")).isEqualTo("clerk1");
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
        assertThat(object(without).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .containsExactly("consent");

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
    void withdrawingTheConsent_stopsTheStepsNotSentYet() {
        String clerk = tokenOf("clerk1");
        // The civil registry is down: its step is queued and tried again; the others wait for it.
        registry("{\"down\":true}");
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
        JsonObject attempted = await("a first attempt at the registry")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> tasks(reference, clerk).get("IRN-ADDRESS"), task -> task.getInt("failedAttempts") > 0);
        assertThat(attempted.getString("status")).isEqualTo("PENDING");

        HttpResponse<String> withdrawn = post("/consents/" + consent + "/withdraw", clerk, "");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(object(withdrawn).getString("status")).isEqualTo("WITHDRAWN");
        Map<String, JsonObject> board = tasks(reference, clerk);
        assertThat(board).hasSize(4);
        board.forEach((service, task) -> {
            assertThat(task.getString("status")).as(service).isEqualTo("CANCELLED");
            assertThat(task.getString("rejectionCode")).as(service).isEqualTo("CONSENT_WITHDRAWN");
        });
        assertThat(post("/consents/" + consent + "/withdraw", clerk, "").statusCode())
                .as("withdrawn once")
                .isEqualTo(409);

        // The registry is back and takes the next case; the withdrawn one's step is never delivered.
        registry("{\"down\":false}");
        String next = consent(clerk, DESK, "MOVING", "30000005", true);
        String nextReference = object(post(
                        "/cases",
                        clerk,
                        """
                {"shop":"LX-LARANJEIRAS","desk":"%s","consent":"%s","lifeEvent":"MOVING","chosen":[],
                 "applicantCivilId":"30000005","data":{"address":"Rua do Carmo 9, 1200-093 Lisboa"}}
                """
                                .formatted(DESK, next)))
                .getString("reference");
        await("the registry's step of the next case")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> tasks(nextReference, clerk).get("IRN-ADDRESS").getString("status"), "COMPLETED"::equals);
        assertThat(effectsOf("irn", board.get("IRN-ADDRESS").getString("requestKey")))
                .isZero();
        assertThat(tasks(reference, clerk).get("IRN-ADDRESS").getString("status"))
                .isEqualTo("CANCELLED");
    }

    /** How many times the agency applied a request key (its effects log). */
    private static long effectsOf(String agency, String requestKey) {
        HttpResponse<String> effects =
                send(HttpRequest.newBuilder(URI.create(SIMULATOR + "/admin/agencies/" + agency + "/effects"))
                        .GET());
        assertThat(effects.statusCode()).isEqualTo(200);
        return effects.body().split("\"requestKey\":\"" + requestKey + "\"", -1).length - 1L;
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
        HttpResponse<String> reused = post(
                "/cases",
                clerk,
                """
                {"shop":"LX-LARANJEIRAS","desk":"%s","consent":"%s","lifeEvent":"MOVING","chosen":[],
                 "applicantCivilId":"30000004","data":{"address":"Rua da Prata 9, 1100-414 Lisboa"}}
                """
                        .formatted(DESK, consent));
        assertThat(reused.statusCode()).as("one consent, one case").isEqualTo(409);
        assertThat(object(reused).getString("code")).isEqualTo("consent.used");

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
        assertThat(auditLines("actor=\"supervisor1\" action=\"case.read\" subject=\"" + reference + "\""))
                .as("and one line in the audit trail")
                .hasSize(1);
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

        // Each step's data went to its agency once, and each agency's answer is on the record once.
        Map<String, JsonObject> done = await("the moving case done")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> tasks(reference, supervisor), board -> board.values().stream()
                        .allMatch(task -> task.getString("status").equals("COMPLETED")));
        List<JsonObject> after = json(send(api("/admin/data-log?civilId=30000004")
                                .header("Authorization", "Bearer " + supervisor)
                                .GET())
                        .body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(entry -> reference.equals(entry.getString("caseReference", null)))
                .toList();
        assertThat(after.stream().filter(entry -> entry.getString("purpose").equals("STEP_SENT")))
                .as("one sending per step")
                .hasSize(done.size())
                .allSatisfy(entry -> assertThat(entry.getString("action")).isEqualTo("SHARE"));
        assertThat(after.stream().filter(entry -> entry.getString("purpose").equals("AGENCY_RESULT")))
                .as("one answer per step, by its agency")
                .extracting(entry -> entry.getString("actor"))
                .containsExactlyInAnyOrderElementsOf(done.values().stream()
                        .map(task -> task.getString("agency"))
                        .toList());
        // The supervisor's first search is itself on the citizen's record.
        HttpResponse<String> searches = send(api("/admin/data-log?actor=supervisor1")
                .header("Authorization", "Bearer " + supervisor)
                .GET());
        assertThat(json(searches.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                        .filter(entry -> entry.getString("purpose").equals("AUDIT_SEARCH"))
                        .filter(entry -> entry.getString("civilId").equals("30000004")))
                .isNotEmpty();
    }

    @Test
    void aPrefill_isOneLookupEntryForTheCitizen_andOneForThePartnerWhoseNumberItGave() {
        String clerk = tokenOf("clerk1");
        String consent = consent(clerk, DESK, "BIRTH", "30000002", true);
        String correlation = "it-prefill-" + UUID.randomUUID();
        HttpResponse<String> prefilled = send(api("/consents/" + consent + "/prefill")
                .header("Authorization", "Bearer " + clerk)
                .header("Content-Type", "application/json")
                .header("X-Correlation-Id", correlation)
                .POST(HttpRequest.BodyPublishers.ofString("{\"mother.civilId\":\"30000002\"}")));
        assertThat(prefilled.statusCode()).as(prefilled.body()).isEqualTo(200);
        assertThat(object(prefilled).getJsonObject("values").getString("father.civilId"))
                .isEqualTo("30000003");

        String supervisor = tokenOf("supervisor1");
        for (String civilId : List.of("30000002", "30000003")) {
            List<JsonObject> lookups = json(send(api("/admin/data-log?civilId=" + civilId)
                                    .header("Authorization", "Bearer " + supervisor)
                                    .GET())
                            .body())
                    .asJsonArray()
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(entry -> correlation.equals(entry.getString("correlationId", null)))
                    .toList();
            assertThat(lookups).as(civilId).singleElement().satisfies(entry -> {
                assertThat(entry.getString("action")).isEqualTo("LOOKUP");
                assertThat(entry.getString("purpose")).isEqualTo("PREFILL");
                assertThat(entry.getString("actor")).isEqualTo("clerk1");
            });
        }
    }

    @Test
    void aDeathsPrefill_readsTheDeceasedsNumbersOnlyAfterConsent_andLocksThem() {
        String clerk = tokenOf("clerk1");
        String display = pairedWith(DESK, clerk);
        HttpResponse<String> asked = post(
                "/consents",
                clerk,
                "{\"desk\":\"" + DESK + "\",\"lifeEvent\":\"DEATH\",\"civilId\":\"30000005\","
                        + "\"legalBasis\":\"ESTATE_ADMINISTRATOR\",\"onBehalfOf\":\"the estate of his father\","
                        + "\"basisDocument\":\"Habilitacao 123/2026\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        String id = object(asked).getString("id");
        assertThat(object(asked).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .filter(item -> item.getString("kind").equals("LOOKUP"))
                        .map(item -> item.getString("agency")))
                .as("every registry the shop reads for the death's fields, and no other")
                .containsExactly("AT", "ISS", "SNS");

        String before = "it-death-" + UUID.randomUUID();
        HttpResponse<String> tooEarly = prefill(clerk, id, before, "{\"deceased.civilId\":\"30000006\"}");
        assertThat(tooEarly.statusCode()).as(tooEarly.body()).isEqualTo(409);
        for (String agency : List.of("at", "iss", "sns")) {
            assertThat(lookupsAt(agency, before))
                    .as("no lookup at " + agency + " without consent")
                    .isZero();
        }
        assertThat(answer(display, id, true).statusCode()).isEqualTo(200);

        String unnamed = "it-death-" + UUID.randomUUID();
        HttpResponse<String> whose = prefill(clerk, id, unnamed, "{}");
        assertThat(whose.statusCode()).as(whose.body()).isEqualTo(200);
        assertThat(strings(object(whose), "fillFirst")).containsExactly("deceased.civilId");
        assertThat(object(whose).getJsonObject("values")).isEmpty();
        assertThat(lookupsAt("at", unnamed)).as("nobody is guessed").isZero();

        String after = "it-death-" + UUID.randomUUID();
        HttpResponse<String> prefilled = prefill(clerk, id, after, "{\"deceased.civilId\":\"30000006\"}");
        assertThat(prefilled.statusCode()).as(prefilled.body()).isEqualTo(200);
        JsonObject answer = object(prefilled);
        JsonObject values = answer.getJsonObject("values");
        assertThat(values.getString("deceased.nif")).isEqualTo("130000060");
        assertThat(values.getString("deceased.niss")).isEqualTo("12000000062");
        assertThat(values.getString("deceased.snsNumber")).isEqualTo("300000066");
        assertThat(strings(answer, "fromRegistry")).contains("deceased.nif", "deceased.niss", "deceased.snsNumber");
        assertThat(strings(answer, "locked"))
                .containsExactlyInAnyOrder("deceased.nif", "deceased.niss", "deceased.snsNumber");
        assertThat(answer.getJsonObject("sources").getString("deceased.nif")).isEqualTo("AT");
        assertThat(answer.getJsonArray("unavailable")).isEmpty();
        for (String agency : List.of("at", "iss", "sns")) {
            assertThat(lookupsAt(agency, after)).as(agency).isEqualTo(1);
        }

        String supervisor = tokenOf("supervisor1");
        List<JsonObject> lookups = json(send(api("/admin/data-log?civilId=30000006")
                                .header("Authorization", "Bearer " + supervisor)
                                .GET())
                        .body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(entry -> after.equals(entry.getString("correlationId", null)))
                .toList();
        assertThat(lookups)
                .as("one entry for the deceased looked up")
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.getString("action")).isEqualTo("LOOKUP");
                    assertThat(entry.getString("purpose")).isEqualTo("PREFILL");
                });

        String death =
                """
                {"shop":"LX-LARANJEIRAS","desk":"%s","consent":"%s","lifeEvent":"DEATH","chosen":[],
                 "applicantCivilId":"30000005","document":%s,
                 "data":{"deceased.civilId":"30000006","deceased.deathDate":"2026-11-20","deceased.deathPlace":"Lisboa",
                         "declarant.relation":"CHILD","deceased.nif":"%s","estate.administrator":"230000053",
                         "deceased.snsNumber":"300000066"}}
                """;
        HttpResponse<String> changed =
                post("/cases", clerk, death.formatted(DESK, id, CustomerDisplays.document("30000005"), "123456789"));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(422);
        assertThat(object(changed).getJsonArray("errors").getValuesAs(JsonObject.class))
                .singleElement()
                .satisfies(error -> {
                    assertThat(error.getString("field")).isEqualTo("deceased.nif");
                    assertThat(error.getString("message")).contains("AT");
                });
        HttpResponse<String> asPrefilled =
                post("/cases", clerk, death.formatted(DESK, id, CustomerDisplays.document("30000005"), "130000060"));
        assertThat(asPrefilled.statusCode()).as(asPrefilled.body()).isEqualTo(201);
    }

    @Test
    void aRegistryDown_leavesTheOthersValues_andTheAnswerSaysWhichDidNotAnswer() {
        String clerk = tokenOf("clerk1");
        String consent = consent(clerk, DESK, "DEATH", "30000004", true);
        switchAgency("iss", "{\"down\":true}");

        HttpResponse<String> partly =
                prefill(clerk, consent, "it-death-" + UUID.randomUUID(), "{\"deceased.civilId\":\"30000006\"}");

        assertThat(partly.statusCode()).as(partly.body()).isEqualTo(200);
        JsonObject values = object(partly).getJsonObject("values");
        assertThat(values.getString("deceased.nif")).isEqualTo("130000060");
        assertThat(values.getString("deceased.snsNumber")).isEqualTo("300000066");
        assertThat(values.containsKey("deceased.niss")).isFalse();
        assertThat(strings(object(partly), "unavailable")).containsExactly("ISS");

        switchAgency("at", "{\"down\":true}");
        switchAgency("sns", "{\"down\":true}");
        HttpResponse<String> none =
                prefill(clerk, consent, "it-death-" + UUID.randomUUID(), "{\"deceased.civilId\":\"30000006\"}");
        assertThat(none.statusCode()).as("no registry answered: " + none.body()).isEqualTo(503);
    }

    /** The lines of the server's audit trail (every audit.log file of its log folder) that contain this text. */
    private static List<String> auditLines(String text) {
        Path logs = Path.of(System.getProperty("test.server.base", "target/test-server"), "log");
        try (Stream<Path> files = Files.list(logs)) {
            List<String> lines = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("audit.log"))
                    .toList()) {
                Files.readAllLines(file).stream()
                        .filter(line -> line.contains(text))
                        .forEach(lines::add);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the audit trail in " + logs, e);
        }
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
