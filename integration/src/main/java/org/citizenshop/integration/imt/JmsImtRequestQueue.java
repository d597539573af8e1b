package org.citizenshop.integration.imt;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import org.citizenshop.integration.delivery.TransientAgencyException;

/**
 * Sends with the server's pooled connection factory for the agency's broker. The outbox's workers
 * hold no transaction while an agency is called, so the message is on the agency's queue once sent;
 * should the node stop before the task's "sent" is recorded, the task goes again under the same key
 * (the correlation id), which the agency does not act on twice. Inside a JTA transaction the session
 * would be enlisted in it. The connection comes from the pool; none is opened before the first request.
 */
@Dependent
public class JmsImtRequestQueue implements ImtRequestQueue {

    @Resource(lookup = ImtDestinations.CONNECTION_FACTORY)
    ConnectionFactory factory;

    @Resource(lookup = ImtDestinations.REQUESTS)
    Queue requests;

    @Resource(lookup = ImtDestinations.REPLIES)
    Queue replies;

    public JmsImtRequestQueue() {}

    JmsImtRequestQueue(ConnectionFactory factory, Queue requests, Queue replies) {
        this.factory = factory;
        this.requests = requests;
        this.replies = replies;
    }

    @Override
    public void put(ImtRequest request) {
        try (JMSContext context = factory.createContext()) {
            context.createProducer()
                    .setJMSCorrelationID(request.requestKey())
                    .setJMSReplyTo(replies)
                    .send(requests, request.json());
        } catch (JMSRuntimeException e) {
            throw new TransientAgencyException(
                    "Driving authority's broker: request " + request.requestKey() + " not queued: " + e.getMessage(),
                    e);
        }
    }
}
