package org.citizenshop.integration.irn;

import jakarta.enterprise.context.Dependent;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.citizenshop.application.CitizenCardDispatch;
import org.citizenshop.integration.delivery.AgencyOutcome;
import org.citizenshop.integration.delivery.DeliveryProperties;
import org.citizenshop.integration.delivery.PermanentAgencyException;

/**
 * Translates at the civil registry's edge: a citizen card dispatch into the registry's JSON service
 * request, and its HTTP answer into an {@link AgencyOutcome} or a classified failure. Nothing of the
 * registry's wire format passes this class.
 */
@Dependent
public class IrnTranslator {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    public void toServiceRequest(Exchange exchange) throws InvalidPayloadException {
        CitizenCardDispatch dispatch = exchange.getMessage().getMandatoryBody(CitizenCardDispatch.class);
        exchange.setProperty(DeliveryProperties.REQUEST_KEY, dispatch.key());
        JsonObjectBuilder citizen = Json.createObjectBuilder().add("civilIdNumber", dispatch.civilIdNumber());
        if (dispatch.documentNumber() != null) {
            citizen.add("documentNumber", dispatch.documentNumber());
        }
        JsonObjectBuilder request = Json.createObjectBuilder()
                .add("service", dispatch.service())
                .add("shop", dispatch.shop())
                .add("citizen", citizen)
                .add(
                        "details",
                        Json.createObjectBuilder()
                                .add("reason", dispatch.reason())
                                .add("deliveryPlace", dispatch.deliveryShop()));
        if (dispatch.ticket() != null) {
            request.add("ticket", dispatch.ticket());
        }
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_METHOD, "POST");
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        message.setHeader("Accept", "application/json");
        message.setHeader(IDEMPOTENCY_KEY, dispatch.key());
        message.setBody(request.build().toString());
    }

    public void toOutcome(Exchange exchange) {
        Message message = exchange.getMessage();
        int status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String body = message.getBody(String.class);
        AgencyOutcome outcome =
                switch (status) {
                    case 200, 201 -> accepted(body);
                    case 422 -> rejected(body);
                    default ->
                        throw new PermanentAgencyException(
                                "Civil registry answered with unexpected status " + status + describe(body));
                };
        message.removeHeaders("*");
        message.setBody(outcome);
    }

    private static AgencyOutcome accepted(String body) {
        JsonObject reply = parse(body);
        String reference = text(reply, "agencyReference");
        if (reference == null || !"ACCEPTED".equals(text(reply, "status"))) {
            throw new PermanentAgencyException("Civil registry acceptance without a reference: " + clip(body));
        }
        String expected = text(reply, "expectedDate");
        try {
            return new AgencyOutcome.Accepted(reference, expected == null ? null : LocalDate.parse(expected));
        } catch (DateTimeParseException e) {
            throw new PermanentAgencyException("Civil registry sent an unreadable expected date: " + expected, e);
        }
    }

    private static AgencyOutcome rejected(String body) {
        JsonObject reply = parse(body);
        String code = text(reply, "code");
        if (code == null) {
            throw new PermanentAgencyException("Civil registry rejection without a code: " + clip(body));
        }
        String reason = text(reply, "reason");
        return new AgencyOutcome.Rejected(code, reason == null ? code : reason);
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            throw new PermanentAgencyException("Civil registry sent an empty reply");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new PermanentAgencyException("Civil registry sent a reply that is not JSON: " + clip(body), e);
        }
    }

    private static String text(JsonObject json, String field) {
        return json.getString(field, null);
    }

    private static String describe(String body) {
        return body == null || body.isBlank() ? "" : ": " + clip(body);
    }

    private static String clip(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
