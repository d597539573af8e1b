package org.citizenshop.integration.imt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Path;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQDestination;
import org.citizenshop.integration.delivery.TransientAgencyException;
import org.citizenshop.integration.testing.RecordingOutcomes;
import org.citizenshop.integration.testing.RecordingOutcomes.Outcome;
import org.citizenshop.integration.testing.ScriptedAgency;
import org.citizenshop.integration.testing.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JMS wire contract with the driving authority, on an embedded broker configured as the
 * agency's: the request as the agency's desk receives it, a reply sent back to its {@code JMSReplyTo}
 * as the desk does, and that reply taken by the shop's listener. The queues are the objects the
 * server binds for 06-imt.cli's external queues (no {@code jms.queue.} prefix). Outside a server the
 * session is not transacted; in the server the pooled connection factory enlists it in the caller's
 * transaction.
 */
class JmsImtRequestQueueTest {

    private static final String KEY = Tasks.KEY;

    @TempDir
    Path dataDir;

    private AgencyBroker broker;
    private ConnectionFactory agency;
    private final Queue requests = ActiveMQDestination.createQueue(AgencyBroker.REQUESTS);
    private final Queue replies = ActiveMQDestination.createQueue(AgencyBroker.REPLIES);
    private final RecordingOutcomes outcomes = new RecordingOutcomes();

    @BeforeEach
    void startTheAgencysBroker() throws Exception {
        broker = new AgencyBroker(dataDir);
        agency = broker.connectionFactory();
    }

    @AfterEach
    void stopTheAgencysBroker() throws Exception {
        broker.close();
    }

    private ImtReplyListener listener() {
        ImtReplyListener listener = new ImtReplyListener();
        listener.replies = new ImtReplies(new ImtReplyReporter(outcomes));
        return listener;
    }

    private static Message receive(JMSContext context, String queue) {
        try (JMSConsumer consumer = context.createConsumer(context.createQueue(queue))) {
            return consumer.receive(5_000);
        }
    }

    @Test
    void theRequest_reachesTheAgencysQueue_asText_correlatedByTheKey_withTheRepliesQueueToAnswerTo() throws Exception {
        new JmsImtRequestQueue(broker.connectionFactory(), requests, replies)
                .put(ImtTaskTranslator.request(
                        Tasks.task("imt-jms", "IMT-ADDRESS", "address", "Rua A 1, 1100-053 Lisboa")));

        try (JMSContext desk = agency.createContext()) {
            Message request = receive(desk, AgencyBroker.REQUESTS);
            assertThat(request).isInstanceOf(TextMessage.class);
            assertThat(request.getJMSCorrelationID()).isEqualTo(KEY);
            assertThat(request.getJMSReplyTo()).isInstanceOfSatisfying(Queue.class, replyTo -> {
                try {
                    assertThat(replyTo.getQueueName()).isEqualTo(AgencyBroker.REPLIES);
                } catch (jakarta.jms.JMSException e) {
                    throw new AssertionError(e);
                }
            });
            JsonObject json = Json.createReader(new StringReader(request.getBody(String.class)))
                    .readObject();
            assertThat(json.getString("service")).isEqualTo("IMT-ADDRESS");
            assertThat(json.getJsonObject("details").getString("address")).isEqualTo("Rua A 1, 1100-053 Lisboa");
        }
    }

    @Test
    void theAgencysReplyToTheRequest_isTakenByTheListener_andRecorded() throws Exception {
        new JmsImtRequestQueue(broker.connectionFactory(), requests, replies)
                .put(ImtTaskTranslator.request(Tasks.task("imt-jms", "IMT-LICENCE", "licence.number", "L-1234567 8")));

        // The agency's desk, as the simulator's: answer to JMSReplyTo with the request's correlation id.
        try (JMSContext desk = agency.createContext()) {
            Message request = receive(desk, AgencyBroker.REQUESTS);
            TextMessage reply = desk.createTextMessage(ScriptedAgency.sample("imt", "completed-licence.json"));
            reply.setJMSCorrelationID(request.getJMSCorrelationID());
            desk.createProducer().send(request.getJMSReplyTo(), reply);
        }

        try (JMSContext shop = broker.connectionFactory().createContext()) {
            try (JMSConsumer consumer = shop.createConsumer(replies)) {
                listener().onMessage(consumer.receive(5_000));
            }
        }
        assertThat(outcomes.reported)
                .containsExactly(
                        new Outcome(KEY, "completed", "IMT-2026-000012 {licence.temporaryPermit=GS-2026-000001}"));
    }

    @Test
    void aReplyThatIsNoTextMessage_isRecordedOnItsTaskAsUnreadable() throws Exception {
        try (JMSContext desk = agency.createContext()) {
            BytesMessage reply = desk.createBytesMessage();
            reply.writeBytes(new byte[] {1, 2, 3});
            reply.setJMSCorrelationID(KEY);
            desk.createProducer().send(replies, reply);
        }

        try (JMSContext shop = broker.connectionFactory().createContext();
                JMSConsumer consumer = shop.createConsumer(replies)) {
            listener().onMessage(consumer.receive(5_000));
        }
        assertThat(outcomes.reported)
                .containsExactly(new Outcome(
                        KEY,
                        "abandoned",
                        "The driving authority's reply is unreadable: the reply is not a text message"));
    }

    @Test
    void aBrokerThatCannotBeReached_isTransientTrouble() {
        // An in-VM address without a broker: the connection is refused at once, as by a broker that is down.
        ConnectionFactory nowhere = new ActiveMQConnectionFactory("vm://999999?initialConnectAttempts=1");
        JmsImtRequestQueue queue = new JmsImtRequestQueue(nowhere, requests, replies);

        assertThatThrownBy(() -> queue.put(new ImtRequest(KEY, "{}")))
                .isInstanceOf(TransientAgencyException.class)
                .hasMessageStartingWith("Driving authority's broker: request " + KEY + " not queued: ");
    }
}
