package org.citizenshop.agencysim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citizenshop.agencysim.RunningSimulator.json;
import static org.citizenshop.agencysim.Samples.cml;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CmlHttpTest {

    private static final String SECRET = "dev-cml-webhook-secret-not-for-production";

    private final RunningSimulator simulator = new RunningSimulator();
    private final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stop() {
        simulator.close();
        receiver.close();
    }

    private String request(String sample) {
        return cml(sample).replace("{callbackUrl}", receiver.url());
    }

    @Test
    void request_is202Acknowledged_thenASignedCallbackCompletesIt() throws Exception {
        HttpResponse<String> response = simulator.submitCml("key-1", request("address-request.json"));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body())
                .isEqualTo("{\"requestKey\":\"key-1\",\"status\":\"ACKNOWLEDGED\","
                        + "\"agencyReference\":\"CML-2026-000001\"}");
        WebhookReceiver.Call call = receiver.next(5);
        assertThat(call).isNotNull();
        assertThat(call.contentType()).startsWith("application/json");
        assertThat(call.signature()).isEqualTo("sha256=" + hmacHex(call.body()));
        assertThat(call.body())
                .startsWith("{\"requestKey\":\"key-1\",\"agencyReference\":\"CML-2026-000001\",\"status\":"
                        + "\"COMPLETED\",\"outputs\":{\"address.municipalConfirmation\":\"CML-2026-000001\"},"
                        + "\"code\":null,\"reason\":null,\"document\":{\"fileName\":\"CML-2026-000001.pdf\","
                        + "\"contentType\":\"application/pdf\",\"size\":");
        JsonNode attempts = awaitAttempts(1);
        assertThat(attempts.get(0).get("delivered").asBoolean()).isTrue();
        assertThat(attempts.get(0).get("httpStatus").asInt()).isEqualTo(204);
        assertThat(attempts.get(0).get("attempt").asInt()).isEqualTo(1);
        assertThat(attempts.get(0).get("callbackUrl").asText()).isEqualTo(receiver.url());
        assertThat(simulator.effectCount("cml")).isEqualTo(1);
    }

    @Test
    void completion_carriesTheConfirmationOfTheRecordsUpdated_asThePdfItDeclares_underTheSignature() throws Exception {
        simulator.submitCml("key-1", request("address-request.json"));

        WebhookReceiver.Call call = receiver.next(5);
        assertThat(call.signature()).isEqualTo("sha256=" + hmacHex(call.body()));
        JsonNode document = callbackJson(call).get("document");
        byte[] pdf = Base64.getDecoder().decode(document.get("content").asText());
        assertThat(document.get("size").asInt()).isEqualTo(pdf.length);
        assertThat(document.get("sha256").asText()).isEqualTo(IssuedPdf.sha256(pdf));
        String code = document.get("verificationCode").asText();
        assertThat(code).matches("CML(-[0-9A-Z]{4}){3}");
        assertThat(IssuedPdf.text(pdf))
                .contains(
                        "Comprovativo de alteração de morada",
                        "CML-2026-000001",
                        code,
                        "12345678",
                        "Avenida da Liberdade 100, 1250-146 Lisboa");
    }

    @Test
    void replay_isTheSameAcknowledgementAndNoSecondCallback() throws Exception {
        HttpResponse<String> first = simulator.submitCml("key-1", request("address-request.json"));
        HttpResponse<String> replay = simulator.submitCml("key-1", request("address-request-reordered.json"));

        assertThat(replay.statusCode()).isEqualTo(202);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(receiver.next(5)).isNotNull();
        assertThat(receiver.next(1)).isNull();
        assertThat(simulator.effectCount("cml")).isEqualTo(1);
    }

    @Test
    void sameKeyForAnotherRequest_is409() throws Exception {
        simulator.submitCml("key-1", request("address-request.json"));

        HttpResponse<String> reused = simulator.submitCml("key-1", request("address-porto-request.json"));

        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(json(reused).get("code").asText()).isEqualTo("KEY_REUSED");
        assertThat(simulator.effectCount("cml")).isEqualTo(1);
    }

    @Test
    void unreadableAddress_is422AtOnceAndNeverCalledBack() throws Exception {
        HttpResponse<String> response = simulator.submitCml("key-1", request("address-no-postal-code-request.json"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("code").asText()).isEqualTo("INVALID_ADDRESS");
        assertThat(problem.get("type").asText()).isEqualTo("urn:cml:rejection:invalid-address");
        assertThat(problem.get("status").asText()).isEqualTo("REJECTED");
        assertThat(receiver.next(1)).isNull();
        assertThat(simulator.effectCount("cml")).isEqualTo(1);
    }

    @Test
    void missingCallbackUrl_is422() throws Exception {
        HttpResponse<String> response = simulator.submitCml("key-1", cml("address-without-callback-request.json"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("reason").asText()).contains("callbackUrl");
    }

    @Test
    void addressOutsideTheMunicipality_isRejectedInTheCallback() throws Exception {
        HttpResponse<String> response = simulator.submitCml("key-1", request("address-porto-request.json"));

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode callback = callbackJson(receiver.next(5));
        assertThat(callback.get("status").asText()).isEqualTo("REJECTED");
        assertThat(callback.get("agencyReference").asText()).isEqualTo("CML-2026-000001");
        assertThat(callback.get("outputs").isEmpty()).isTrue();
        assertThat(callback.get("code").asText()).isEqualTo("OUTSIDE_MUNICIPALITY");
        assertThat(callback.get("reason").asText()).contains("4000-441");
        assertThat(callback.get("document").isNull())
                .as("nothing issued for a refusal")
                .isTrue();
        JsonNode effect = json(simulator.get("/admin/agencies/cml/effects"))
                .get("effects")
                .get(0);
        assertThat(effect.get("status").asText()).isEqualTo("REJECTED");
        assertThat(effect.get("code").asText()).isEqualTo("OUTSIDE_MUNICIPALITY");
    }

    @Test
    void failedCallback_isRetriedAfterOneSecond_withTheSameSignedBody() throws Exception {
        receiver.willAnswer(500);

        simulator.submitCml("key-1", request("address-request.json"));
        WebhookReceiver.Call first = receiver.next(5);
        WebhookReceiver.Call second = receiver.next(5);

        assertThat(first).isNotNull();
        assertThat(second).isNotNull();
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.signature()).isEqualTo(first.signature());
        assertThat(Duration.between(first.at(), second.at())).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        JsonNode attempts = awaitAttempts(2);
        assertThat(attempts.get(0).get("httpStatus").asInt()).isEqualTo(500);
        assertThat(attempts.get(0).get("delivered").asBoolean()).isFalse();
        assertThat(attempts.get(1).get("attempt").asInt()).isEqualTo(2);
        assertThat(attempts.get(1).get("delivered").asBoolean()).isTrue();
    }

    @Test
    void unreachableShop_isRecordedAsAnAttemptWithoutStatus() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String body = cml("address-request.json")
                .replace("{callbackUrl}", "http://127.0.0.1:" + closedPort + WebhookReceiver.PATH);

        simulator.submitCml("key-1", body);

        JsonNode attempt = awaitAttempts(1).get(0);
        assertThat(attempt.get("httpStatus").isNull()).isTrue();
        assertThat(attempt.get("error").asText()).isNotBlank();
        assertThat(attempt.get("delivered").asBoolean()).isFalse();
    }

    @Test
    void malformedJson_is400AndRecordsNothing() throws Exception {
        HttpResponse<String> response = simulator.submitCml("key-1", cml("malformed.json"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("code").asText()).isEqualTo("MALFORMED");
        assertThat(simulator.effectCount("cml")).isZero();
    }

    @Test
    void down_is503AndNothingIsCalledBack() throws Exception {
        simulator.setBehaviour("cml", "{\"down\":true}");

        HttpResponse<String> response = simulator.submitCml("key-1", request("address-request.json"));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(json(response).get("code").asText()).isEqualTo("DOWN");
        assertThat(receiver.next(1)).isNull();
        assertThat(simulator.effectCount("cml")).isZero();
    }

    @Test
    void stoppingTheSimulator_stopsTheCallbacks() throws Exception {
        simulator.submitCml("key-1", request("address-request.json"));
        assertThat(receiver.next(5)).isNotNull();
        assertThat(callbackThreads()).isNotEmpty();

        simulator.close();

        assertThat(callbackThreads()).isEmpty();
    }

    private static List<Thread> callbackThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("cml-callbacks") && thread.isAlive())
                .toList();
    }

    private JsonNode awaitAttempts(int count) throws Exception {
        JsonNode list = await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20))
                .until(
                        () -> json(simulator.get("/admin/agencies/cml/callbacks")),
                        seen -> seen.get("count").asInt() >= count);
        assertThat(list.get("count").asInt()).isEqualTo(count);
        return list.get("attempts");
    }

    private static JsonNode callbackJson(WebhookReceiver.Call call) {
        assertThat(call).as("a callback").isNotNull();
        return org.citizenshop.agencysim.common.Json.parse(call.body()).orElseThrow();
    }

    /** Computed here, not with the simulator's code, so that the test checks the contract's formula. */
    private static String hmacHex(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
