package org.citizenshop.web.push;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.citizenshop.infrastructure.messaging.Destinations;

/**
 * Every node subscribes to the calls topic and pushes each committed call to the boards it serves,
 * so a board shows calls made at any desk on any node.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.TICKET_CALLS),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable")
        })
@PermitAll
public class TicketCallsListener implements MessageListener {

    @Inject
    BoardPush push;

    @Override
    public void onMessage(Message message) {
        try {
            MapMessage call = (MapMessage) message;
            push.announce(call.getString("shop"), call.getString("number"), call.getInt("deskNumber"));
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable ticket call message", e);
        }
    }
}
