package org.citizenshop.integration.imt;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import org.citizenshop.integration.delivery.TransientAgencyException;

/**
 * Sends with the server's pooled connection factory for the agency's broker. Inside a JTA transaction
 * (the listener's that delivers the task) the JMS session is enlisted in it: the message is on the
 * agency's queue once that transaction commits, and never if it rolls back. The connection comes from
 * the pool; none is opened before the first request.
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
        // In a JTA transaction the session mode is ignored: the context's session is the transaction's.
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
