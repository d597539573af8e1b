package org.citizenshop.integration.imt;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import org.citizenshop.application.Roles;
import org.jboss.ejb3.annotation.ResourceAdapter;

/**
 * Takes the driving authority's replies off its queue {@code imt.replies}, on its own broker, through
 * the resource adapter {@value ImtDestinations#RESOURCE_ADAPTER} (the pooled connection factory of
 * 06-imt.cli), in the transaction that consumes the message. The resource adapter sets the listener up
 * in the background and keeps trying while the broker cannot be reached, so the application deploys
 * and runs without it; replies wait on the agency's queue meanwhile. Runs as the integration role.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = ImtDestinations.REPLIES),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
        })
@ResourceAdapter(ImtDestinations.RESOURCE_ADAPTER)
// The agency's broker is the caller here; nobody else can reach a listener, hence no role is asked of it.
@PermitAll
@RunAs(Roles.INTEGRATION)
public class ImtReplyListener implements MessageListener {

    @Inject
    ImtReplies replies;

    @Override
    public void onMessage(Message message) {
        String correlationId = null;
        String text;
        try {
            correlationId = message.getJMSCorrelationID();
            text = message instanceof TextMessage textMessage ? textMessage.getText() : null;
        } catch (JMSException e) {
            // Reading it again would fail the same way: the reply is reported, not delivered again.
            replies.unreadable(correlationId, "the message cannot be read: " + e);
            return;
        }
        replies.take(correlationId, text);
    }
}
