package org.citizenshop.it.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citizenshop.it.http.CustomerDisplays.consented;
import static org.citizenshop.it.http.Endpoints.SIMULATOR;
import static org.citizenshop.it.http.Endpoints.agencyBehaves;
import static org.citizenshop.it.http.Endpoints.api;
import static org.citizenshop.it.http.Endpoints.caseTask;
import static org.citizenshop.it.http.Endpoints.object;
import static org.citizenshop.it.http.Endpoints.post;
import static org.citizenshop.it.http.Endpoints.send;
import static org.citizenshop.it.http.Endpoints.tokenOf;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
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
 * A dead letter's data corrected before it is sent again: the health service answers a maintenance
 * page (garbled) to a citizen's change of address, the step is a dead letter at once; its agency's
 * administrator reads the step's data as its service's form, is refused a bad address on its field
 * (nothing changed), corrects it, and sends the step again once the health service is back: it is
 * applied once, with the corrected address. Also: the integration health shows each agency's rate
 * limit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeadLetterCorrectionIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void healthServiceNormal() {
        agencyBehaves("sns", "{}");
    }

    private static JsonObject waitFor(String reference, String token, String service, Predicate<JsonObject> reached) {
        return await(service + " of " + reference)
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> caseTask(reference, token, service), reached::test);
    }

    private static Predicate<JsonObject> status(String status) {
        return task -> task.getString("status").equals(status);
    }

    private static HttpResponse<String> data(String key, String token) {
        return send(api("/admin/tasks/" + key + "/data")
                .header("Authorization", "Bearer " + token)
                .GET());
    }

    private static HttpResponse<String> correct(String key, String token, String body) {
        return send(api("/admin/tasks/" + key + "/data")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static JsonObject field(JsonObject stepData, String key) {
        return stepData.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .filter(field -> field.getString("key").equals(key))
                .findFirst()
                .orElseThrow();
    }

    /** How many times the health service applied this request key (its effects log). */
    private static long effectsOf(String key) {
        HttpResponse<String> effects =
                send(HttpRequest.newBuilder(URI.create(SIMULATOR + "/admin/agencies/sns/effects"))
                        .GET());
        return effects.body().split("\"requestKey\":\"" + key + "\"", -1).length - 1L;
    }

    /** The address the health service holds for a citizen (a FHIR search by civil ID number). */
    private static String patientOf(String civilId) {
        String identifier = URLEncoder.encode("urn:pt:irn:civil-id|" + civilId, StandardCharsets.UTF_8);
        HttpResponse<String> found =
                send(HttpRequest.newBuilder(URI.create(SIMULATOR + "/sns/fhir/Patient?identifier=" + identifier))
                        .header("Accept", "application/fhir+json")
                        .header("X-Correlation-Id", UUID.randomUUID().toString())
                        .header("X-Purpose", "DeadLetterCorrectionIT: the address after the replay")
                        .GET());
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        return found.body();
    }

    @Test
    void aStepAnsweredUnreadably_isCorrectedByItsAgencysAdministrator_thenSentAgain_andAppliedOnce() {
        String clerk = tokenOf("clerk1");
        agencyBehaves("sns", "{\"garbled\":true}");
        String reference = object(
                        post(
                                "/cases",
                                clerk,
                                consented(
                                        clerk,
                                        """
                                {"shop":"LX-LARANJEIRAS","lifeEvent":"MOVING","chosen":[],"applicantCivilId":"30000001",
                                 "data":{"address":"Rua da Carta Errada 5, 1250-001 Lisboa"}}
                                """)))
                .getString("reference");

        JsonObject dead = waitFor(reference, clerk, "SNS-ADDRESS", status("FAILED"));
        assertThat(dead.getInt("failedAttempts"))
                .as("an answer that cannot be read: at once")
                .isEqualTo(1);
        String key = dead.getString("requestKey");
        String admin = tokenOf("admin-sns");

        HttpResponse<String> read = data(key, admin);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonObject stepData = object(read);
        assertThat(stepData.getBoolean("fixable")).isTrue();
        assertThat(stepData.getString("caseReference")).isEqualTo(reference);
        JsonObject address = field(stepData, "address");
        assertThat(address.getString("type")).isEqualTo("ADDRESS");
        assertThat(address.getBoolean("required")).isTrue();
        assertThat(address.getString("value")).isEqualTo("Rua da Carta Errada 5, 1250-001 Lisboa");
        assertThat(data(key, tokenOf("admin-at")).statusCode())
                .as("another agency's administrator")
                .isEqualTo(403);
        assertThat(correct(key, tokenOf("admin-at"), "{\"data\":{\"address\":\"Rua Nova 1, 1100-053 Lisboa\"}}")
                        .statusCode())
                .isEqualTo(403);

        HttpResponse<String> refused = correct(key, admin, "{\"data\":{\"address\":\"Rua Nova sem código\"}}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"field\":\"address\"").contains("postal code");
        assertThat(field(object(data(key, admin)), "address").getString("value"))
                .as("nothing changed")
                .isEqualTo("Rua da Carta Errada 5, 1250-001 Lisboa");

        HttpResponse<String> corrected =
                correct(key, admin, "{\"data\":{\"address\":\"Rua da Carta Certa 7, 1100-053 Lisboa\"}}");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        JsonObject after = object(corrected);
        assertThat(field(after, "address").getString("value")).isEqualTo("Rua da Carta Certa 7, 1100-053 Lisboa");
        JsonObject correction = after.getJsonArray("corrections").getJsonObject(0);
        assertThat(correction.getString("correctedBy")).isEqualTo("admin-sns");
        assertThat(correction.getJsonArray("fields").getJsonObject(0).getString("key"))
                .isEqualTo("address");

        String moved = caseTask(reference, clerk, "IRN-ADDRESS").getString("requestKey");
        assertThat(correct(moved, tokenOf("supervisor1"), "{\"data\":{\"address\":\"Rua X 1, 1100-053 Lisboa\"}}")
                        .statusCode())
                .as("a step its agency completed")
                .isEqualTo(409);

        agencyBehaves("sns", "{}");
        HttpResponse<String> replayed = post("/admin/tasks/" + key + "/replay", admin, "");
        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(204);

        JsonObject done = waitFor(reference, clerk, "SNS-ADDRESS", status("COMPLETED"));
        assertThat(done.getString("requestKey"))
                .as("the health service may have acted on the unreadable attempt: the same key")
                .isEqualTo(key);
        assertThat(effectsOf(key)).as("applied once").isEqualTo(1);
        assertThat(patientOf("30000001")).contains("Rua da Carta Certa 7").doesNotContain("Carta Errada");
        assertThat(done.getJsonArray("corrections").getJsonObject(0).getString("correctedBy"))
                .as("the board shows the correction")
                .isEqualTo("admin-sns");
        assertThat(correct(key, admin, "{\"data\":{\"address\":\"Rua Y 2, 1100-053 Lisboa\"}}")
                        .statusCode())
                .as("delivered: no longer to be corrected")
                .isEqualTo(409);
    }

    @Test
    void theIntegrationHealth_showsEachAgencysRateLimit() {
        HttpResponse<String> health = send(api("/admin/tasks/health")
                .header("Authorization", "Bearer " + tokenOf("supervisor1"))
                .GET());
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        Map<String, Integer> limits = Endpoints.json(health.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(
                        agency -> agency.getString("agency"), agency -> agency.getInt("ratePerSecond")));

        assertThat(limits)
                .containsEntry("IRN", 200)
                .containsEntry("AT", 100)
                .containsEntry("ISS", 100)
                .containsEntry("SNS", 100)
                .containsEntry("IMT", 200)
                .containsEntry("CML", 50);
    }
}
