package org.citizenshop.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import java.util.Map;
import org.citizenshop.application.port.CallAnnouncements;
import org.citizenshop.application.port.TicketCalledEvent;

/** Publishes calls on a topic inside the caller's transaction, so a board never shows a call that rolled back. */
@ApplicationScoped
public class JmsCallAnnouncements implements CallAnnouncements {

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.TICKET_CALLS)
    Topic topic;

    @Override
    public void ticketCalled(TicketCalledEvent event) {
        jms.createProducer()
                .setProperty(Destinations.SHOP_PROPERTY, event.shop())
                .send(
                        topic,
                        Map.<String, Object>of(
                                "shop", event.shop(),
                                "number", event.number(),
                                "desk", event.desk(),
                                "deskNumber", event.deskNumber(),
                                "calledAt", event.calledAt().toEpochMilli()));
    }
}
