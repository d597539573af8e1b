package org.citizenshop.agencysim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenshop.agencysim.RunningSimulator.json;
import static org.citizenshop.agencysim.Samples.irn;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdminHttpTest {

    private final RunningSimulator simulator = new RunningSimulator();

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void health_isUp() throws Exception {
        HttpResponse<String> response = simulator.get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void downAgency_answers503AndRecordsNothing() throws Exception {
        simulator.setIrnBehaviour("{\"down\":true}");

        HttpResponse<String> response = simulator.submitIrn("key-1", irn("renewal-request.json"));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(json(response).get("code").asText()).isEqualTo("DOWN");
        assertThat(json(response).get("requestKey").asText()).isEqualTo("key-1");
        assertThat(simulator.irnEffectCount()).isZero();
    }

    @Test
    void failureRateOne_answers500_thenSameKeySucceedsOnceRestored() throws Exception {
        simulator.setIrnBehaviour("{\"failureRate\":1.0}");
        simulator.dice.willRoll(0.999);

        HttpResponse<String> failed = simulator.submitIrn("key-1", irn("renewal-request.json"));
        simulator.setIrnBehaviour("{\"failureRate\":0.0}");
        HttpResponse<String> retried = simulator.submitIrn("key-1", irn("renewal-request.json"));

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(json(failed).get("code").asText()).isEqualTo("SIMULATED_FAILURE");
        assertThat(retried.statusCode()).isEqualTo(201);
        assertThat(json(retried).get("agencyReference").asText()).isEqualTo("IRN-CC-2026-000001");
        assertThat(simulator.irnEffectCount()).isEqualTo(1);
    }

    @Test
    void failureRate_failsTheRequestsWhoseRollIsBelowIt() throws Exception {
        simulator.setIrnBehaviour("{\"failureRate\":0.5}");
        simulator.dice.willRoll(0.49, 0.5);

        HttpResponse<String> belowRate = simulator.submitIrn("key-1", irn("renewal-request.json"));
        HttpResponse<String> atRate = simulator.submitIrn("key-2", irn("renewal-request.json"));

        assertThat(belowRate.statusCode()).isEqualTo(500);
        assertThat(atRate.statusCode()).isEqualTo(201);
    }

    @Test
    void latency_delaysTheAnswerThatStillArrives() throws Exception {
        simulator.setIrnBehaviour("{\"latencyMs\":300}");

        Instant sent = Instant.now();
        HttpResponse<String> response = simulator.submitIrn("key-1", irn("renewal-request.json"));

        assertThat(Duration.between(sent, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(simulator.irnEffectCount()).isEqualTo(1);
    }

    @Test
    void behaviour_isShownAsSet() throws Exception {
        HttpResponse<String> put = simulator.setIrnBehaviour("{\"latencyMs\":0,\"failureRate\":0.25,\"down\":false}");
        HttpResponse<String> shown = simulator.get("/admin/agencies/irn/behaviour");

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(json(shown).get("failureRate").asDouble()).isEqualTo(0.25);
        assertThat(json(shown).get("down").asBoolean()).isFalse();
    }

    @Test
    void invalidBehaviour_is400AndChangesNothing() throws Exception {
        HttpResponse<String> response = simulator.setIrnBehaviour("{\"failureRate\":2}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("code").asText()).isEqualTo("INVALID_BEHAVIOUR");
        assertThat(json(simulator.get("/admin/agencies/irn/behaviour"))
                        .get("failureRate")
                        .asDouble())
                .isZero();
    }

    @Test
    void unknownAgency_is404() throws Exception {
        assertThat(simulator.get("/admin/agencies/xyz/behaviour").statusCode()).isEqualTo(404);
        assertThat(simulator.setIrnBehaviour("{}").statusCode()).isEqualTo(200);
        assertThat(simulator.put("/admin/agencies/IRN/behaviour", "{}").statusCode())
                .isEqualTo(404);
        assertThat(simulator.get("/admin/agencies/xyz/effects").statusCode()).isEqualTo(404);
    }

    @Test
    void effects_listEachAppliedKeyOnce() throws Exception {
        simulator.submitIrn("key-1", irn("renewal-request.json"));
        simulator.submitIrn("key-1", irn("renewal-request.json"));
        simulator.submitIrn("key-2", irn("unknown-citizen-request.json"));

        var effects = json(simulator.get("/admin/agencies/irn/effects"));

        assertThat(effects.get("count").asInt()).isEqualTo(2);
        assertThat(effects.get("effects").get(0).get("requestKey").asText()).isEqualTo("key-1");
        assertThat(effects.get("effects").get(0).get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(effects.get("effects").get(0).get("agencyReference").asText())
                .isEqualTo("IRN-CC-2026-000001");
        assertThat(effects.get("effects").get(1).get("status").asText()).isEqualTo("REJECTED");
        assertThat(effects.get("effects").get(1).get("code").asText()).isEqualTo("UNKNOWN_CITIZEN");
    }

    @Test
    void reset_clearsStateAndBehaviour() throws Exception {
        simulator.submitIrn("key-1", irn("renewal-request.json"));
        simulator.setIrnBehaviour("{\"down\":true}");

        HttpResponse<String> reset = simulator.post("/admin/reset", "");

        assertThat(reset.statusCode()).isEqualTo(204);
        assertThat(simulator.irnEffectCount()).isZero();
        HttpResponse<String> again = simulator.submitIrn("key-1", irn("replacement-request.json"));
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(json(again).get("agencyReference").asText()).isEqualTo("IRN-CC-2026-000001");
    }

    @Test
    void unknownPath_is404Problem() throws Exception {
        HttpResponse<String> response = simulator.get("/irn/v2/nothing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }
}
