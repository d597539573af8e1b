package org.citizenshop.integration.notify;

import jakarta.enterprise.context.Dependent;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.citizenshop.application.port.Notification;
import org.citizenshop.integration.delivery.DeliveryProperties;
import org.citizenshop.integration.delivery.PermanentAgencyException;

/** Translates at the gateway's edge: a notification into its SMS or e-mail request, its answer into a message id. */
@Dependent
public class NotifyTranslator {

    public void toGatewayRequest(Exchange exchange) throws InvalidPayloadException {
        Notification notification = exchange.getMessage().getMandatoryBody(Notification.class);
        if (notification.alert() != null) {
            exchange.setProperty(DeliveryProperties.ALERT, notification.alert());
        } else {
            exchange.setProperty(DeliveryProperties.NOTICE, notification.key());
        }
        JsonObjectBuilder body =
                Json.createObjectBuilder().add("to", notification.to()).add("text", notification.text());
        if ("email".equals(notification.channel())) {
            body.add("subject", notification.subject() == null ? "Citizen Shop" : notification.subject());
        }
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_METHOD, "POST");
        message.setHeader(Exchange.HTTP_PATH, "email".equals(notification.channel()) ? "/email" : "/sms");
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        message.setHeader("Accept", "application/json");
        message.setHeader("Idempotency-Key", notification.key());
        message.setBody(body.build().toString());
    }

    /** The gateway's message id (SMS-000123), the proof that the message went out. */
    public void toMessageId(Exchange exchange) {
        String body = exchange.getMessage().getBody(String.class);
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            JsonObject reply = reader.readObject();
            String id = reply.getString("messageId", null);
            if (id == null) {
                throw new PermanentAgencyException("Notification gateway answered without a message id: " + body);
            }
            exchange.getMessage().removeHeaders("*");
            exchange.getMessage().setBody(id);
        } catch (JsonException | IllegalStateException e) {
            throw new PermanentAgencyException("Notification gateway sent a reply that is not JSON: " + body, e);
        }
    }
}
