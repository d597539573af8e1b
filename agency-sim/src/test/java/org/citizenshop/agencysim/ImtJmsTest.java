package org.citizenshop.agencysim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.citizenshop.agencysim.Samples.imt;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Base64;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.citizenshop.agencysim.common.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The driving authority as the shop meets it: a JMS client of its broker over TCP. */
class ImtJmsTest {

    private final int brokerPort = freePort();
    private final RunningSimulator simulator = new RunningSimulator(settings -> settings.withImtBrokerPort(brokerPort));
    private ActiveMQConnectionFactory factory;
    private Connection connection;
    private Session session;
    private MessageProducer producer;
    private MessageConsumer replies;
    private Queue replyQueue;

    @BeforeEach
    void connect() throws JMSException {
        factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + brokerPort);
        connection = factory.createConnection();
        session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        producer = session.createProducer(session.createQueue("imt.requests"));
        replyQueue = session.createQueue("imt.replies");
        replies = session.createConsumer(replyQueue);
        connection.start();
    }

    @AfterEach
    void stop() throws JMSException {
        if (connection != null) {
            connection.close();
        }
        factory.close();
        simulator.close();
    }

    @Test
    void licenceReplacement_isRepliedCompletedWithATemporaryPermit() throws Exception {
        send("key-1", imt("licence-request.json"));

        TextMessage reply = reply(5_000);

        assertThat(reply).isNotNull();
        assertThat(reply.getJMSCorrelationID()).isEqualTo("key-1");
        assertThat(reply.getText())
                .startsWith("{\"requestKey\":\"key-1\",\"status\":\"COMPLETED\",\"agencyReference\":"
                        + "\"IMT-2026-000001\",\"outputs\":{\"licence.temporaryPermit\":\"GS-2026-000001\"},"
                        + "\"code\":null,\"reason\":null,\"document\":{");
        assertThat(simulator.effectCount("imt")).isEqualTo(1);
    }

    @Test
    void licenceReplacement_comesWithTheTemporaryPermit_aPdfWithItsNumberAndVerificationCode() throws Exception {
        send("key-1", imt("licence-request.json"));

        JsonNode document = json(reply(5_000)).get("document");

        byte[] pdf = Base64.getDecoder().decode(document.get("content").asText());
        assertThat(document.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(document.get("fileName").asText()).isEqualTo("IMT-2026-000001.pdf");
        assertThat(document.get("size").asInt()).isEqualTo(pdf.length);
        assertThat(pdf.length).isBetween(500, 20_000);
        assertThat(document.get("sha256").asText()).isEqualTo(IssuedPdf.sha256(pdf));
        String code = document.get("verificationCode").asText();
        assertThat(code).matches("IMT-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(IssuedPdf.text(pdf))
                .contains("Temporary driving permit", "IMT-2026-000001", code, "GS-2026-000001")
                .contains("L-1234567 8", "12345678", "2027-02-25");
    }

    @Test
    void addressChange_isConfirmedWithItsReference() throws Exception {
        send("key-1", imt("address-request.json"));

        JsonNode reply = json(reply(5_000));

        assertThat(reply.get("outputs").get("address.imtConfirmation").asText()).isEqualTo("IMT-2026-000001");
        assertThat(reply.get("document").isNull())
                .as("an address change issues no document")
                .isTrue();
    }

    @Test
    void repeatedKey_isAnsweredAgainWithoutNewEffect() throws Exception {
        send("key-1", imt("licence-request.json"));
        TextMessage first = reply(5_000);
        send("key-1", imt("licence-request-reordered.json"));
        TextMessage second = reply(5_000);

        assertThat(second.getText()).as("the same permit, byte for byte").isEqualTo(first.getText());
        assertThat(first.getText()).contains("\"verificationCode\":\"IMT-");
        assertThat(simulator.effectCount("imt")).isEqualTo(1);
    }

    @Test
    void keyReusedForAnotherRequest_isRejectedWithoutNewEffect() throws Exception {
        send("key-1", imt("licence-request.json"));
        reply(5_000);
        send("key-1", imt("licence-stolen-request.json"));

        JsonNode reused = json(reply(5_000));

        assertThat(reused.get("status").asText()).isEqualTo("REJECTED");
        assertThat(reused.get("code").asText()).isEqualTo("KEY_REUSED");
        assertThat(simulator.effectCount("imt")).isEqualTo(1);
    }

    @Test
    void invalidRequest_isRepliedRejectedWithCodeAndReason() throws Exception {
        send("key-1", imt("address-no-postal-code-request.json"));

        JsonNode rejected = json(reply(5_000));

        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("code").asText()).isEqualTo("INVALID_ADDRESS");
        assertThat(rejected.get("reason").asText()).contains("postal code");
        assertThat(rejected.get("agencyReference").isNull()).isTrue();
        assertThat(simulator.effectCount("imt")).isEqualTo(1);
    }

    @Test
    void malformedJson_isRejectedAndRecordsNothing() throws Exception {
        send("key-1", "{\"service\": ");

        JsonNode rejected = json(reply(5_000));

        assertThat(rejected.get("code").asText()).isEqualTo("MALFORMED");
        assertThat(simulator.effectCount("imt")).isZero();
    }

    @Test
    void down_leavesTheRequestQueuedUntilUp() throws Exception {
        simulator.setBehaviour("imt", "{\"down\":true}");

        send("key-1", imt("licence-request.json"));
        TextMessage whileDown = reply(500);
        simulator.setBehaviour("imt", "{}");
        TextMessage onceUp = reply(5_000);

        assertThat(whileDown).isNull();
        assertThat(onceUp).isNotNull();
        assertThat(json(onceUp).get("status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void simulatedFailure_isDeliveredAgainLater() throws Exception {
        simulator.setBehaviour("imt", "{\"failureRate\":1.0}");
        simulator.dice.willRoll(0.5);

        send("key-1", imt("licence-request.json"));
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(10))
                .until(() -> simulator.dice.remaining() == 0);
        simulator.setBehaviour("imt", "{}");
        TextMessage reply = reply(5_000);

        assertThat(simulator.dice.remaining()).isZero();
        assertThat(reply).isNotNull();
        assertThat(json(reply).get("status").asText()).isEqualTo("COMPLETED");
        assertThat(simulator.effectCount("imt")).isEqualTo(1);
    }

    @Test
    void stoppingTheSimulator_stopsTheBroker() throws Exception {
        connection.close();
        connection = null;
        simulator.close();

        try (ActiveMQConnectionFactory other = new ActiveMQConnectionFactory(
                "tcp://127.0.0.1:" + brokerPort + "?reconnectAttempts=0&initialConnectAttempts=1")) {
            assertThatThrownBy(other::createConnection).isInstanceOf(JMSException.class);
        }
    }

    private void send(String key, String body) throws JMSException {
        TextMessage message = session.createTextMessage(body);
        message.setJMSCorrelationID(key);
        message.setJMSReplyTo(replyQueue);
        producer.send(message);
    }

    private TextMessage reply(long millis) throws JMSException {
        return (TextMessage) replies.receive(millis);
    }

    private static JsonNode json(TextMessage message) throws JMSException {
        assertThat(message).as("a reply").isNotNull();
        return Json.parse(message.getText()).orElseThrow();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
