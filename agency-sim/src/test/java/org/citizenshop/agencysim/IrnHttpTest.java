package org.citizenshop.agencysim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenshop.agencysim.RunningSimulator.json;
import static org.citizenshop.agencysim.Samples.irn;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IrnHttpTest {

    private final RunningSimulator simulator = new RunningSimulator();

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void acceptedRequest_is201WithReferenceAndExpectedDate() throws Exception {
        HttpResponse<String> response = simulator.submitIrn("key-1", irn("renewal-request.json"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json(response);
        assertThat(body.get("requestKey").asText()).isEqualTo("key-1");
        assertThat(body.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(body.get("agencyReference").asText()).isEqualTo("IRN-CC-2026-000001");
        assertThat(body.get("expectedDate").asText()).isEqualTo("2026-12-04");
        assertThat(body.get("receivedAt").asText()).isEqualTo("2026-11-27T10:15:30Z");
    }

    @Test
    void replayWithSameKey_returnsSameStatusAndBodyWithoutNewEffect() throws Exception {
        HttpResponse<String> first = simulator.submitIrn("key-1", irn("renewal-request.json"));

        HttpResponse<String> replay = simulator.submitIrn("key-1", irn("renewal-request-reordered.json"));

        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(simulator.irnEffectCount()).isEqualTo(1);
    }

    @Test
    void rejection_is422ProblemAndReplaysTheSame() throws Exception {
        HttpResponse<String> first = simulator.submitIrn("key-1", irn("unknown-citizen-request.json"));
        HttpResponse<String> replay = simulator.submitIrn("key-1", irn("unknown-citizen-request.json"));

        assertThat(first.statusCode()).isEqualTo(422);
        assertThat(first.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = json(first);
        assertThat(body.get("type").asText()).isEqualTo("urn:irn:rejection:unknown-citizen");
        assertThat(body.get("title").asText()).isNotBlank();
        assertThat(body.get("httpStatus").asInt()).isEqualTo(422);
        assertThat(body.get("status").asText()).isEqualTo("REJECTED");
        assertThat(body.get("code").asText()).isEqualTo("UNKNOWN_CITIZEN");
        assertThat(body.get("reason").asText()).isNotBlank();
        assertThat(body.get("requestKey").asText()).isEqualTo("key-1");
        assertThat(replay.statusCode()).isEqualTo(422);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(simulator.irnEffectCount()).isEqualTo(1);
    }

    @Test
    void sameKeyWithOtherBody_is409KeyReused() throws Exception {
        simulator.submitIrn("key-1", irn("renewal-request.json"));

        HttpResponse<String> reused = simulator.submitIrn("key-1", irn("replacement-request.json"));

        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(json(reused).get("code").asText()).isEqualTo("KEY_REUSED");
        assertThat(simulator.irnEffectCount()).isEqualTo(1);
    }

    @Test
    void malformedJson_is400ProblemAndRecordsNothing() throws Exception {
        HttpResponse<String> response = simulator.submitIrn("key-1", irn("malformed-request.json"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).get("code").asText()).isEqualTo("MALFORMED");
        assertThat(simulator.get("/irn/v1/service-requests/key-1").statusCode()).isEqualTo(404);
        assertThat(simulator.irnEffectCount()).isZero();
    }

    @Test
    void missingOrInvalidIdempotencyKey_is400() throws Exception {
        HttpResponse<String> missing = simulator.send(simulator
                .request("/irn/v1/service-requests")
                .POST(HttpRequest.BodyPublishers.ofString(irn("renewal-request.json"))));
        HttpResponse<String> invalid = simulator.submitIrn("not_valid", irn("renewal-request.json"));

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).get("code").asText()).isEqualTo("MISSING_IDEMPOTENCY_KEY");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(json(invalid).get("code").asText()).isEqualTo("INVALID_IDEMPOTENCY_KEY");
        assertThat(simulator.irnEffectCount()).isZero();
    }

    @Test
    void storedResult_isFoundByKey() throws Exception {
        HttpResponse<String> submitted = simulator.submitIrn("key-1", irn("renewal-request.json"));

        HttpResponse<String> found = simulator.get("/irn/v1/service-requests/key-1");

        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).isEqualTo(submitted.body());
        assertThat(simulator.get("/irn/v1/service-requests/never-sent").statusCode())
                .isEqualTo(404);
    }

    @Test
    void citizenLookup_givesNameOrNotFound() throws Exception {
        HttpResponse<String> known = simulator.get("/irn/v1/citizens/30000001");
        HttpResponse<String> unknown = simulator.get("/irn/v1/citizens/99999999");

        assertThat(known.statusCode()).isEqualTo(200);
        assertThat(json(known).get("civilIdNumber").asText()).isEqualTo("30000001");
        assertThat(json(known).get("name").asText()).isNotBlank();
        assertThat(unknown.statusCode()).isEqualTo(404);
    }
}
