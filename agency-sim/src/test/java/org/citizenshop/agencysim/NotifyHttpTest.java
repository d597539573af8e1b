package org.citizenshop.agencysim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenshop.agencysim.RunningSimulator.json;
import static org.citizenshop.agencysim.Samples.notification;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NotifyHttpTest {

    private final RunningSimulator simulator = new RunningSimulator();

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void sms_is202QueuedWithNormalisedRecipient() throws Exception {
        HttpResponse<String> response = simulator.sendSms("key-1", notification("sms-short-number.json"));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body())
                .isEqualTo("{\"messageId\":\"SMS-000001\",\"status\":\"QUEUED\",\"to\":\"+351961234567\","
                        + "\"requestKey\":\"key-1\"}");
    }

    @Test
    void email_is202QueuedWithEmailId() throws Exception {
        HttpResponse<String> response = simulator.sendEmail("key-1", notification("email.json"));

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode body = json(response);
        assertThat(body.get("messageId").asText()).isEqualTo("EMAIL-000001");
        assertThat(body.get("status").asText()).isEqualTo("QUEUED");
        assertThat(body.get("to").asText()).isEqualTo("cidada.exemplo@example.org");
        assertThat(body.get("requestKey").asText()).isEqualTo("key-1");
    }

    @Test
    void replayWithSameKey_returnsSameAnswerWithoutSecondMessage() throws Exception {
        HttpResponse<String> first = simulator.sendSms("key-1", notification("sms.json"));

        HttpResponse<String> replay = simulator.sendSms("key-1", notification("sms-reordered.json"));

        assertThat(replay.statusCode()).isEqualTo(202);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(simulator.notificationCount()).isEqualTo(1);
    }

    @Test
    void sameKeyWithOtherBody_is409KeyReused() throws Exception {
        simulator.sendSms("key-1", notification("sms.json"));

        HttpResponse<String> reused = simulator.sendSms("key-1", notification("sms-other-text.json"));

        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(json(reused).get("code").asText()).isEqualTo("KEY_REUSED");
        assertThat(simulator.notificationCount()).isEqualTo(1);
    }

    @Test
    void invalidRecipient_is422ProblemAndReplaysTheSame() throws Exception {
        HttpResponse<String> first = simulator.sendSms("key-1", notification("sms-landline.json"));
        HttpResponse<String> replay = simulator.sendSms("key-1", notification("sms-landline.json"));

        assertThat(first.statusCode()).isEqualTo(422);
        assertThat(first.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = json(first);
        assertThat(body.get("type").asText()).isEqualTo("urn:notify:rejection:invalid-recipient");
        assertThat(body.get("httpStatus").asInt()).isEqualTo(422);
        assertThat(body.get("status").asText()).isEqualTo("REJECTED");
        assertThat(body.get("code").asText()).isEqualTo("INVALID_RECIPIENT");
        assertThat(body.get("reason").asText()).contains("Portuguese mobile number");
        assertThat(body.get("requestKey").asText()).isEqualTo("key-1");
        assertThat(replay.statusCode()).isEqualTo(422);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(simulator.notificationCount()).isZero();
    }

    @Test
    void invalidEmailSubjectAndText_are422WithTheirCodes() throws Exception {
        HttpResponse<String> noSubject = simulator.sendEmail("key-1", notification("email-missing-subject.json"));
        HttpResponse<String> emptyText = simulator.sendEmail("key-2", notification("email-empty-text.json"));

        assertThat(noSubject.statusCode()).isEqualTo(422);
        assertThat(json(noSubject).get("code").asText()).isEqualTo("INVALID_SUBJECT");
        assertThat(emptyText.statusCode()).isEqualTo(422);
        assertThat(json(emptyText).get("code").asText()).isEqualTo("INVALID_TEXT");
        assertThat(simulator.notificationCount()).isZero();
    }

    @Test
    void malformedJson_is400AndSendsNothing() throws Exception {
        HttpResponse<String> response = simulator.sendSms("key-1", notification("malformed.json"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("code").asText()).isEqualTo("MALFORMED");
        assertThat(simulator.notificationCount()).isZero();
    }

    @Test
    void missingIdempotencyKey_is400() throws Exception {
        HttpResponse<String> missing = simulator.send(simulator
                .request("/notify/v1/email")
                .POST(HttpRequest.BodyPublishers.ofString(notification("email.json"))));

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).get("code").asText()).isEqualTo("MISSING_IDEMPOTENCY_KEY");
        assertThat(simulator.notificationCount()).isZero();
    }

    @Test
    void downGateway_answers503AndSendsNothing_thenSameKeySucceedsOnceUp() throws Exception {
        simulator.setNotifyBehaviour("{\"down\":true}");

        HttpResponse<String> down = simulator.sendSms("key-1", notification("sms.json"));
        HttpResponse<String> listWhileDown = simulator.get("/admin/notifications");
        simulator.setNotifyBehaviour("{}");
        HttpResponse<String> retried = simulator.sendSms("key-1", notification("sms.json"));

        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(json(down).get("code").asText()).isEqualTo("DOWN");
        assertThat(json(down).get("requestKey").asText()).isEqualTo("key-1");
        assertThat(listWhileDown.statusCode()).isEqualTo(200);
        assertThat(json(listWhileDown).get("count").asInt()).isZero();
        assertThat(retried.statusCode()).isEqualTo(202);
        assertThat(json(retried).get("messageId").asText()).isEqualTo("SMS-000001");
    }

    @Test
    void downGateway_leavesIrnUp() throws Exception {
        simulator.setNotifyBehaviour("{\"down\":true}");

        assertThat(simulator.get("/irn/v1/citizens/12345678").statusCode()).isEqualTo(200);
    }

    @Test
    void simulatedFailure_answers500AndSendsNothing() throws Exception {
        simulator.setNotifyBehaviour("{\"failureRate\":1.0}");
        simulator.dice.willRoll(0.5);

        HttpResponse<String> failed = simulator.sendEmail("key-1", notification("email.json"));

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(json(failed).get("code").asText()).isEqualTo("SIMULATED_FAILURE");
        assertThat(simulator.notificationCount()).isZero();
    }

    @Test
    void adminList_showsEveryMessageInSendOrder() throws Exception {
        simulator.sendSms("key-1", notification("sms.json"));
        simulator.sendEmail("key-2", notification("email.json"));

        HttpResponse<String> response = simulator.get("/admin/notifications");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode list = json(response);
        assertThat(list.get("count").asInt()).isEqualTo(2);
        JsonNode sms = list.get("messages").get(0);
        assertThat(fieldNames(sms))
                .containsExactly("messageId", "channel", "to", "subject", "text", "requestKey", "sentAt");
        assertThat(sms.get("messageId").asText()).isEqualTo("SMS-000001");
        assertThat(sms.get("channel").asText()).isEqualTo("SMS");
        assertThat(sms.get("to").asText()).isEqualTo("+351912345678");
        assertThat(sms.get("subject").isNull()).isTrue();
        assertThat(sms.get("text").asText()).startsWith("Citizen Shop: a sua vez está próxima");
        assertThat(sms.get("requestKey").asText()).isEqualTo("key-1");
        assertThat(sms.get("sentAt").asText()).isEqualTo("2026-11-27T10:15:30Z");
        JsonNode email = list.get("messages").get(1);
        assertThat(email.get("messageId").asText()).isEqualTo("EMAIL-000001");
        assertThat(email.get("channel").asText()).isEqualTo("EMAIL");
        assertThat(email.get("subject").asText()).isEqualTo("A sua vez está próxima");
    }

    @Test
    void adminList_filtersByNormalisedRecipient() throws Exception {
        simulator.sendSms("key-1", notification("sms.json"));
        simulator.sendSms("key-2", notification("sms-short-number.json"));
        simulator.sendSms("key-3", notification("sms-other-text.json"));
        simulator.sendEmail("key-4", notification("email.json"));

        assertThat(requestKeysSentTo("%2B351912345678")).containsExactly("key-1", "key-3");
        assertThat(requestKeysSentTo("912345678")).containsExactly("key-1", "key-3");
        assertThat(requestKeysSentTo("+351912345678")).containsExactly("key-1", "key-3"); // + decoded as a space
        assertThat(requestKeysSentTo("961234567")).containsExactly("key-2");
        assertThat(requestKeysSentTo("cidada.exemplo%40example.org")).containsExactly("key-4");
        assertThat(requestKeysSentTo("%2B351930000000")).isEmpty();
        assertThat(json(simulator.get("/admin/notifications?to=%2B351930000000"))
                        .get("count")
                        .asInt())
                .isZero();
    }

    @Test
    void reset_forgetsSentMessagesAndRestoresBehaviour() throws Exception {
        simulator.sendSms("key-1", notification("sms.json"));
        simulator.setNotifyBehaviour("{\"down\":true}");

        assertThat(simulator.post("/admin/reset", "").statusCode()).isEqualTo(204);

        assertThat(simulator.notificationCount()).isZero();
        HttpResponse<String> again = simulator.sendSms("key-1", notification("sms-other-text.json"));
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(json(again).get("messageId").asText()).isEqualTo("SMS-000001");
    }

    @Test
    void effects_listEachKeyOnceWithItsMessageId() throws Exception {
        simulator.sendSms("key-1", notification("sms.json"));
        simulator.sendSms("key-1", notification("sms.json"));
        simulator.sendEmail("key-2", notification("email-invalid-address.json"));

        JsonNode effects = json(simulator.get("/admin/agencies/notify/effects"));

        assertThat(effects.get("count").asInt()).isEqualTo(2);
        assertThat(effects.get("effects").get(0).get("agencyReference").asText())
                .isEqualTo("SMS-000001");
        assertThat(effects.get("effects").get(1).get("code").asText()).isEqualTo("INVALID_RECIPIENT");
    }

    private List<String> requestKeysSentTo(String query) throws Exception {
        JsonNode list = json(simulator.get("/admin/notifications?to=" + query));
        List<String> keys = list.get("messages").findValuesAsText("requestKey");
        assertThat(list.get("count").asInt()).isEqualTo(keys.size());
        return keys;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
