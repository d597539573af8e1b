package org.citizenshop.integration.irn;

import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.citizenshop.application.TaskDispatch;
import org.citizenshop.integration.delivery.PermanentAgencyException;
import org.citizenshop.integration.delivery.TaskOutcome;
import org.citizenshop.integration.json.JsonDocuments;
import org.citizenshop.integration.json.JsonReplies;
import org.citizenshop.integration.json.ServiceRequestJson;

/**
 * Translates a case task at the civil registry's edge: the task into the registry's JSON service
 * request, and its answer into a {@link TaskOutcome}. The citizen card answer ("accepted", with an
 * expected date) is the registry's completion of that service: its request number and date are the
 * outputs. A completion may carry the document the registry issued (a birth record, a certificate).
 */
@Dependent
public class IrnTaskTranslator {

    private static final String AGENCY = "Civil registry";

    public void toServiceRequest(Exchange exchange) throws InvalidPayloadException {
        TaskDispatch task = exchange.getMessage().getMandatoryBody(TaskDispatch.class);
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_METHOD, "POST");
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        message.setHeader("Accept", "application/json");
        message.setHeader(IrnTranslator.IDEMPOTENCY_KEY, task.key());
        message.setBody(ServiceRequestJson.of(task).build().toString());
    }

    public void toOutcome(Exchange exchange) {
        Message message = exchange.getMessage();
        int status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String body = message.getBody(String.class);
        TaskOutcome outcome =
                switch (status) {
                    case 200, 201 -> completed(body);
                    case 422 -> JsonReplies.rejection(AGENCY, body);
                    default ->
                        throw new PermanentAgencyException(
                                AGENCY + " answered with unexpected status " + status + ": " + JsonReplies.clip(body));
                };
        message.removeHeaders("*");
        message.setBody(outcome);
    }

    private static TaskOutcome completed(String body) {
        JsonObject reply = JsonReplies.object(AGENCY, body);
        String reference = reply.getString("agencyReference", null);
        String state = reply.getString("status", "");
        if (reference == null || reference.isBlank()) {
            throw new PermanentAgencyException(AGENCY + " answer without a reference: " + JsonReplies.clip(body));
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
                throw new PermanentAgencyException(AGENCY + " outputs are not an object: " + JsonReplies.clip(body));
            }
            if (given != null) {
                given.asJsonObject().forEach((key, value) -> {
                    if (!(value instanceof JsonString text)) {
                        throw new PermanentAgencyException(AGENCY + " output " + key + " is not text");
                    }
                    outputs.put(key, text.getString());
                });
            }
        } else {
            throw new PermanentAgencyException(AGENCY + " answered an unknown status " + state);
        }
        return new TaskOutcome.Completed(reference, outputs, JsonDocuments.read(reply.get("document")));
    }
}
