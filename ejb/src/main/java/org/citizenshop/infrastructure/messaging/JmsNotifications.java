package org.citizenshop.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.util.HashMap;
import java.util.Map;
import org.citizenshop.application.port.Notification;
import org.citizenshop.application.port.Notifications;

/**
 * Queues the notification in the caller's transaction: sent only if what triggered it commits. A map
 * message, not a serialized object, so that no Java deserialization is ever needed to read it.
 */
@ApplicationScoped
public class JmsNotifications implements Notifications {

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.NOTIFICATIONS)
    Queue queue;

    @Override
    public void send(Notification notification) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("key", notification.key());
        if (notification.alert() != null) {
            fields.put("alert", notification.alert());
        }
        fields.put("channel", notification.channel());
        fields.put("to", notification.to());
        fields.put("text", notification.text());
        if (notification.subject() != null) {
            fields.put("subject", notification.subject());
        }
        jms.createProducer().send(queue, fields);
    }
}
