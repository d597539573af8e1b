package org.citizenshop.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import org.citizenshop.application.port.AgencyDispatch;
import org.citizenshop.domain.model.agencyrequest.RequestKey;
import org.citizenshop.domain.model.catalogue.AgencyCode;

/**
 * Sends the request key to the agency-requests queue through the container's JTA-aware connection
 * factory: the message exists only if the transaction that stored the request commits.
 */
@ApplicationScoped
public class JmsAgencyDispatch implements AgencyDispatch {

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.AGENCY_REQUESTS)
    Queue queue;

    @Override
    public void handOff(RequestKey key, AgencyCode agency) {
        jms.createProducer()
                .setProperty(Destinations.AGENCY_PROPERTY, agency.value())
                .send(queue, key.value());
    }

    @Override
    public void handOffLater(RequestKey key, AgencyCode agency, java.time.Duration delay) {
        jms.createProducer()
                .setDeliveryDelay(Math.max(0, delay.toMillis()))
                .setProperty(Destinations.AGENCY_PROPERTY, agency.value())
                .send(queue, key.value());
    }
}
