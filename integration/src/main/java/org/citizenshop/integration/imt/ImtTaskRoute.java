package org.citizenshop.integration.imt;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.builder.RouteBuilder;
import org.citizenshop.integration.camel.AgencyErrorHandling;
import org.citizenshop.integration.delivery.OutcomeRecorder;
import org.citizenshop.integration.delivery.TaskDelivery;

/**
 * Hands a case task to the driving authority: puts its request message on the agency's queue and
 * records the task as sent, both in the caller's transaction (the listener's that delivered the task),
 * so that the request goes out if and only if the task is recorded as sent. A broker that cannot be
 * reached is transient trouble, retried like an agency that is down. {@link ImtReplyListener} takes the
 * answers.
 */
@Dependent
public class ImtTaskRoute extends RouteBuilder {

    public static final String CONNECTOR = "imt-jms";
    public static final String ROUTE_ID = TaskDelivery.routeOf(CONNECTOR);

    private final ImtTaskTranslator translator;
    private final ImtRequestQueue queue;
    private final OutcomeRecorder recorder;

    @Inject
    public ImtTaskRoute(ImtTaskTranslator translator, ImtRequestQueue queue, OutcomeRecorder recorder) {
        this.translator = translator;
        this.queue = queue;
        this.recorder = recorder;
    }

    @Override
    public void configure() {
        from("direct:" + ROUTE_ID)
                .routeId(ROUTE_ID)
                .routeConfigurationId(AgencyErrorHandling.ID)
                .process(translator::toRequest)
                .id("imt-translate-request")
                .process(this::put)
                .id("imt-queue-request")
                .process(translator::toSent)
                .id("imt-translate-sent")
                .process(recorder::recordTask)
                .id("imt-record-outcome");
    }

    private void put(Exchange exchange) throws InvalidPayloadException {
        queue.put(exchange.getMessage().getMandatoryBody(ImtRequest.class));
    }
}
