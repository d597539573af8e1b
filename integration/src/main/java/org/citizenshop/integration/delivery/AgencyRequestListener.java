package org.citizenshop.integration.delivery;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;
import org.citizenshop.application.Roles;
import org.citizenshop.infrastructure.messaging.Destinations;

/**
 * Takes desk requests handed off by the application (case tasks go through {@link TaskOutboxWorkers}), in the broker's transaction: if delivery throws,
 * the transaction rolls back and the broker redelivers later (then parks it on the dead-letter queue).
 * Runs as the integration role, the only one allowed to report agency outcomes. Eight deliveries at a time:
 * a delivery waits on its agency and on its commit more than it computes, and four kept two cores half
 * idle with a backlog (docs/performance.md, fan-out); each holds a database connection while it runs,
 * which leaves twelve of the default pool of twenty to the counter.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.AGENCY_REQUESTS),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")
        })
// The broker is the caller here; nobody else can reach a listener, hence no role is asked of it.
@PermitAll
@RunAs(Roles.INTEGRATION)
public class AgencyRequestListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(AgencyRequestListener.class.getName());

    @Inject
    AgencyDelivery delivery;

    @Override
    public void onMessage(Message message) {
        try {
            if (Destinations.KIND_TASK.equals(message.getStringProperty(Destinations.KIND_PROPERTY))) {
                // Sent before case tasks had their own outbox: the task is due in its table and the
                // outbox's workers deliver it (V31 made the queued ones due); this message adds nothing.
                String key = message.getBody(String.class);
                LOG.info(() -> "Task message " + key + " from before the outbox ignored: the outbox delivers the task");
            } else {
                delivery.deliver(
                        message.getStringProperty(Destinations.AGENCY_PROPERTY), message.getBody(String.class));
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable agency request message", e);
        }
    }
}
