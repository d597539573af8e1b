package org.citizenshop.agencysim.imt;

import jakarta.jms.Connection;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.citizenshop.agencysim.common.BehaviourView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The driving authority's clerk: takes request messages one at a time on a thread of its own and answers each in the
 * same transaction as it takes it, so that a request is never lost nor answered twice by the broker's doing. Switched
 * down, it takes nothing and the messages wait; a simulated failure rolls the request back, and the broker delivers it
 * again a little later.
 */
final class ImtDesk implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ImtDesk.class);
    private static final long POLL_MILLIS = 100;

    private final String brokerUrl;
    private final ImtService service;
    private final BehaviourView behaviour;
    private volatile boolean running = true;

    ImtDesk(String brokerUrl, ImtService service, BehaviourView behaviour) {
        this.brokerUrl = brokerUrl;
        this.service = service;
        this.behaviour = behaviour;
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl);
                Connection connection = factory.createConnection();
                Session session = connection.createSession(true, Session.SESSION_TRANSACTED)) {
            MessageConsumer consumer = session.createConsumer(session.createQueue(ImtBroker.REQUESTS));
            MessageProducer producer = session.createProducer(null);
            Destination replies = session.createQueue(ImtBroker.REPLIES);
            connection.start();
            while (running) {
                if (behaviour.down()) {
                    Thread.sleep(POLL_MILLIS);
                    continue;
                }
                Message request = consumer.receive(POLL_MILLIS);
                if (request != null) {
                    take(session, producer, replies, request);
                }
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (JMSException | RuntimeException e) {
            if (running) {
                LOG.error("The IMT desk stopped taking requests", e);
            }
        }
    }

    private void take(Session session, MessageProducer producer, Destination replies, Message request)
            throws JMSException, InterruptedException {
        if (behaviour.down()) {
            // Switched down while waiting for this one: it goes back to the queue untouched.
            session.rollback();
            return;
        }
        if (behaviour.latencyMs() > 0) {
            Thread.sleep(behaviour.latencyMs());
        }
        if (behaviour.failsNow()) {
            LOG.info(
                    "IMT request {} not taken (simulated failure); it comes back later", request.getJMSCorrelationID());
            session.rollback();
            return;
        }
        String key = request.getJMSCorrelationID();
        String text = request instanceof TextMessage textMessage ? textMessage.getText() : null;
        TextMessage reply = session.createTextMessage(service.answer(key, text));
        if (key != null) {
            reply.setJMSCorrelationID(key);
        }
        Destination replyTo = request.getJMSReplyTo();
        producer.send(replyTo == null ? replies : replyTo, reply);
        session.commit();
        LOG.info("IMT request {} answered", key);
    }
}
