package org.citizenshop.integration.imt;

import jakarta.enterprise.context.Dependent;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.citizenshop.application.TaskDispatch;
import org.citizenshop.integration.delivery.TaskOutcome;
import org.citizenshop.integration.json.ServiceRequestJson;

/**
 * Translates a case task at the driving authority's edge: into its request message (the JSON service
 * request of the civil registry's form, correlated by the task's key). The agency answers later, on
 * its replies' queue ({@link ImtReplyTranslator}).
 */
@Dependent
public class ImtTaskTranslator {

    public void toRequest(Exchange exchange) throws InvalidPayloadException {
        TaskDispatch task = exchange.getMessage().getMandatoryBody(TaskDispatch.class);
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setBody(request(task));
    }

    /** The request is on the agency's queue (when the caller's transaction commits): the answer comes as a reply. */
    public void toSent(Exchange exchange) {
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setBody(new TaskOutcome.Sent());
    }

    static ImtRequest request(TaskDispatch task) {
        return new ImtRequest(task.key(), ServiceRequestJson.of(task).build().toString());
    }
}
