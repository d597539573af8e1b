package org.citizenshop.integration.notify;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.citizenshop.application.Roles;
import org.citizenshop.application.port.Notification;
import org.citizenshop.infrastructure.messaging.Destinations;
import org.citizenshop.integration.camel.CamelBootstrap;

/**
 * Takes queued notifications in the broker's transaction and sends each through the gateway route;
 * a failure rolls back, and the broker redelivers later. Runs as the integration role.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.NOTIFICATIONS),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
        })
@PermitAll
@RunAs(Roles.INTEGRATION)
public class NotificationListener implements MessageListener {

    @Inject
    CamelBootstrap camel;

    @Override
    public void onMessage(Message message) {
        try {
            MapMessage fields = (MapMessage) message;
            Notification notification = new Notification(
                    fields.getString("key"),
                    fields.itemExists("alert") ? fields.getLong("alert") : null,
                    fields.getString("channel"),
                    fields.getString("to"),
                    fields.getString("subject"),
                    fields.getString("text"));
            camel.template().requestBody(NotifyCitizenRoute.ENDPOINT, notification);
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable notification message", e);
        }
    }
}
