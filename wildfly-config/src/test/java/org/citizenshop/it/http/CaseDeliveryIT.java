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
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import org.citizenshop.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tax authority down while citizens move house: the counter keeps accepting cases, the tax
 * step waits in the queue while the others complete, and it is delivered by itself once the
 * authority is back; kept down past the last delivery, the step becomes a dead letter that a
 * supervisor sends again, and the authority applies it once. (The ITs' server gives up after 4
 * deliveries: CS_AGENCY_MAX_DELIVERY_ATTEMPTS in the pom.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseDeliveryIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void taxAuthorityBack() {
        taxAuthorityDown(false);
    }

    private static void taxAuthorityDown(boolean down) {
        agencyBehaves("at", "{\"down\":" + down + "}");
    }

    private static String moving(String street) {
        return """
                {"shop":"LX-LARANJEIRAS","lifeEvent":"MOVING","chosen":[],"applicantCivilId":"30000001",
                 "data":{"address":"%s, 1250-001 Lisboa"}}
                """
                .formatted(street);
    }

    private static JsonObject waitFor(
            String reference, String token, String service, Predicate<JsonObject> reached, int seconds) {
        return await(service + " of " + reference)
                .atMost(Duration.ofSeconds(seconds))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> caseTask(reference, token, service), reached::test);
    }

    /** How many times the tax authority applied this task's request key (its effects log). */
    private static long effectsOf(JsonObject task) {
        HttpResponse<String> effects = send(HttpRequest.newBuilder(URI.create(SIMULATOR + "/admin/agencies/at/effects"))
                .GET());
        return effects.body().split("\"requestKey\":\"" + task.getString("requestKey") + "\"", -1).length - 1L;
    }

    /** An agency's line of the integration health, as a supervisor reads it. */
    private static JsonObject agencyHealth(String agency) {
        HttpResponse<String> health = send(api("/admin/tasks/health")
                .header("Authorization", "Bearer " + tokenOf("supervisor1"))
                .GET());
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        return Endpoints.json(health.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(line -> line.getString("agency").equals(agency))
                .findFirst()
                .orElseThrow();
    }

    private static Predicate<JsonObject> status(String status) {
        return task -> task.getString("status").equals(status);
    }

    @Test
    void withTheTaxAuthorityDown_casesAreAccepted_andItsStepGoesWhenItIsBack() {
        String clerk = tokenOf("clerk1");
        taxAuthorityDown(true);

        HttpResponse<String> accepted = post("/cases", clerk, consented(clerk, moving("Avenida da Liberdade 1")));
        assertThat(accepted.statusCode())
                .as("the counter keeps accepting cases")
                .isEqualTo(201);
        String reference = object(accepted).getString("reference");

        assertThat(waitFor(reference, clerk, "SNS-ADDRESS", status("COMPLETED"), 60)
                        .getString("status"))
                .isEqualTo("COMPLETED");
        JsonObject waiting = waitFor(reference, clerk, "AT-ADDRESS", task -> task.getInt("failedAttempts") >= 1, 60);
        assertThat(waiting.getString("status")).isEqualTo("PENDING");
        assertThat(waiting.getBoolean("queued")).isTrue();
        assertThat(waiting.getString("lastError")).contains("503");
        JsonObject health = agencyHealth("AT");
        assertThat(health.getString("state")).as(health.toString()).isEqualTo("DOWN");
        assertThat(health.getJsonNumber("retrying").longValue())
                .as("its step waits to be tried again: " + health)
                .isGreaterThanOrEqualTo(1)
                .isLessThanOrEqualTo(health.getJsonNumber("queued").longValue());
        assertThat(health.getString("lastError")).contains("503");

        taxAuthorityDown(false);
        JsonObject delivered = waitFor(reference, clerk, "AT-ADDRESS", status("COMPLETED"), 60);
        assertThat(delivered.getString("status")).as(delivered.toString()).isEqualTo("COMPLETED");
        assertThat(effectsOf(delivered)).isEqualTo(1);
    }

    @Test
    void aStepThatOutlivesEveryDelivery_isADeadLetter_thatASupervisorSendsAgain() {
        String clerk = tokenOf("clerk1");
        taxAuthorityDown(true);
        String reference = object(post("/cases", clerk, consented(clerk, moving("Rua Augusta 2"))))
                .getString("reference");

        JsonObject dead = waitFor(reference, clerk, "AT-ADDRESS", status("FAILED"), 150);
        assertThat(dead.getString("status")).as(dead.toString()).isEqualTo("FAILED");
        assertThat(dead.getInt("failedAttempts")).isEqualTo(4);

        String supervisor = tokenOf("supervisor1");
        HttpResponse<String> listed = send(api("/admin/tasks/failed")
                .header("Authorization", "Bearer " + supervisor)
                .GET());
        JsonObject letter = Endpoints.json(listed.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(failed -> failed.getString("caseReference").equals(reference))
                .findFirst()
                .orElseThrow();
        assertThat(letter.getString("service")).isEqualTo("AT-ADDRESS");
        assertThat(post("/admin/tasks/" + letter.getString("key") + "/replay", tokenOf("clerk1"), "")
                        .statusCode())
                .as("a clerk does not handle dead letters")
                .isEqualTo(403);
        assertThat(post("/admin/tasks/" + letter.getString("key") + "/replay", tokenOf("admin-iss"), "")
                        .statusCode())
                .as("nor another agency's administrator")
                .isEqualTo(403);

        taxAuthorityDown(false);
        HttpResponse<String> replayed = post("/admin/tasks/" + letter.getString("key") + "/replay", supervisor, "");
        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(204);

        JsonObject done = waitFor(reference, clerk, "AT-ADDRESS", status("COMPLETED"), 60);
        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertThat(effectsOf(done)).isEqualTo(1);
        assertThat(post("/admin/tasks/" + letter.getString("key") + "/replay", supervisor, "")
                        .statusCode())
                .as("only a failed task is sent again")
                .isEqualTo(409);
    }
}
