package org.citizenshop.integration.cml;

import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonObject;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.citizenshop.application.TaskDispatch;
import org.citizenshop.integration.delivery.PermanentAgencyException;
import org.citizenshop.integration.delivery.TaskOutcome;
import org.citizenshop.integration.json.JsonReplies;
import org.citizenshop.integration.json.ServiceRequestJson;

/**
 * Translates a case task at the municipality's edge: the task into the JSON service request with the
 * URL where the municipality calls back, the answer into an acknowledgement or a rejection.
 */
@Dependent
public class CmlTaskTranslator {

    /** Where the shop takes the municipality's callbacks, under its public URL. */
    static final String CALLBACK_PATH = "/api/v1/agency-callbacks/cml";

    private static final String AGENCY = "Municipality";

    public void toServiceRequest(Exchange exchange) throws InvalidPayloadException {
        TaskDispatch task = exchange.getMessage().getMandatoryBody(TaskDispatch.class);
        String publicUrl = exchange.getContext().resolvePropertyPlaceholders("{{shop.public-url}}");
        String callbackUrl = publicUrl.replaceAll("/+$", "") + CALLBACK_PATH;
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_METHOD, "POST");
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        message.setHeader("Accept", "application/json");
        message.setHeader("Idempotency-Key", task.key());
        message.setBody(ServiceRequestJson.of(task)
                .add("callbackUrl", callbackUrl)
                .build()
                .toString());
    }

    public void toOutcome(Exchange exchange) {
        Message message = exchange.getMessage();
        int status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String body = message.getBody(String.class);
        TaskOutcome outcome =
                switch (status) {
                    case 200, 201, 202 -> acknowledged(body);
                    case 422 -> JsonReplies.rejection(AGENCY, body);
                    default ->
                        throw new PermanentAgencyException(
                                AGENCY + " answered with unexpected status " + status + ": " + JsonReplies.clip(body));
                };
        message.removeHeaders("*");
        message.setBody(outcome);
    }

    private static TaskOutcome acknowledged(String body) {
        JsonObject reply = JsonReplies.object(AGENCY, body);
        String reference = reply.getString("agencyReference", null);
        if (!"ACKNOWLEDGED".equals(reply.getString("status", null)) || reference == null || reference.isBlank()) {
            throw new PermanentAgencyException(
                    AGENCY + " answer is not an acknowledgement with a reference: " + JsonReplies.clip(body));
        }
        return new TaskOutcome.Acknowledged(reference);
    }
}
