package org.citizenshop.integration.irn;

import jakarta.enterprise.context.Dependent;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.citizenshop.application.TaskDispatch;
import org.citizenshop.integration.delivery.PermanentAgencyException;
import org.citizenshop.integration.delivery.TaskOutcome;

/**
 * Translates a case task at the civil registry's edge: the task into the registry's JSON service
 * request, and its answer into a {@link TaskOutcome}. The citizen card answer ("accepted", with an
 * expected date) is the registry's completion of that service: its request number and date are the
 * outputs.
 */
@Dependent
public class IrnTaskTranslator {

    public void toServiceRequest(Exchange exchange) throws InvalidPayloadException {
        TaskDispatch task = exchange.getMessage().getMandatoryBody(TaskDispatch.class);
        JsonObjectBuilder details = Json.createObjectBuilder();
        task.fields().forEach(details::add);
        JsonObjectBuilder citizen = Json.createObjectBuilder();
        if (task.applicantCivilId() != null) {
            citizen.add("civilIdNumber", task.applicantCivilId());
        }
        JsonObjectBuilder request = Json.createObjectBuilder()
                .add("service", task.service())
                .add("shop", task.shop())
                .add("caseReference", task.caseReference())
                .add("citizen", citizen)
                .add("details", details);
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_METHOD, "POST");
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        message.setHeader("Accept", "application/json");
        message.setHeader(IrnTranslator.IDEMPOTENCY_KEY, task.key());
        message.setBody(request.build().toString());
    }

    public void toOutcome(Exchange exchange) {
        Message message = exchange.getMessage();
        int status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String body = message.getBody(String.class);
        TaskOutcome outcome =
                switch (status) {
                    case 200, 201 -> completed(body);
                    case 422 -> rejected(body);
                    default ->
                        throw new PermanentAgencyException(
                                "Civil registry answered with unexpected status " + status + ": " + clip(body));
                };
        message.removeHeaders("*");
        message.setBody(outcome);
    }

    private static TaskOutcome completed(String body) {
        JsonObject reply = parse(body);
        String reference = reply.getString("agencyReference", null);
        String state = reply.getString("status", "");
        if (reference == null || reference.isBlank()) {
            throw new PermanentAgencyException("Civil registry answer without a reference: " + clip(body));
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        if ("ACCEPTED".equals(state)) {
            outputs.put("cc.requestNumber", reference);
            String expected = reply.getString("expectedDate", null);
            if (expected != null) {
                outputs.put("cc.expectedDate", expected);
            }
        } else if ("COMPLETED".equals(state)) {
            JsonValue given = reply.get("outputs");
            if (given != null && given.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new PermanentAgencyException("Civil registry outputs are not an object: " + clip(body));
            }
            if (given != null) {
                given.asJsonObject().forEach((key, value) -> {
                    if (!(value instanceof JsonString text)) {
                        throw new PermanentAgencyException("Civil registry output " + key + " is not text");
                    }
                    outputs.put(key, text.getString());
                });
            }
        } else {
            throw new PermanentAgencyException("Civil registry answered an unknown status " + state);
        }
        return new TaskOutcome.Completed(reference, outputs);
    }

    private static TaskOutcome rejected(String body) {
        JsonObject reply = parse(body);
        String code = reply.getString("code", null);
        if (code == null) {
            throw new PermanentAgencyException("Civil registry rejection without a code: " + clip(body));
        }
        return new TaskOutcome.Rejected(code, reply.getString("reason", code));
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            throw new PermanentAgencyException("Civil registry sent an empty reply");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw new PermanentAgencyException(
                    "Civil registry sent a reply that is not a JSON object: " + clip(body), e);
        }
    }

    private static String clip(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
