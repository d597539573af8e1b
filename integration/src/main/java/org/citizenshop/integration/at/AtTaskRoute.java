package org.citizenshop.integration.at;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;
import org.citizenshop.integration.camel.AgencyErrorHandling;
import org.citizenshop.integration.delivery.DeliveryProperties;
import org.citizenshop.integration.delivery.OutcomeRecorder;
import org.citizenshop.integration.delivery.TaskDelivery;

/**
 * Delivers a case task to the tax authority's SOAP web service, synchronously, with the task's
 * idempotency key in the SOAP header. A SOAP fault comes with status 500 whether it is a rejection
 * or "try again", so the call and the reading of its reply form one sub-route without error handling
 * of its own: when the reply says "try again", the shared error handling sends the whole request again
 * rather than re-reading the same reply.
 */
@Dependent
public class AtTaskRoute extends RouteBuilder {

    public static final String CONNECTOR = "at-soap";
    public static final String ROUTE_ID = TaskDelivery.routeOf(CONNECTOR);
    public static final String SUBMIT_ROUTE_ID = "at-soap-submit";

    private final AtTaskTranslator translator;
    private final OutcomeRecorder recorder;

    @Inject
    public AtTaskRoute(AtTaskTranslator translator, OutcomeRecorder recorder) {
        this.translator = translator;
        this.recorder = recorder;
    }

    @Override
    public void configure() {
        from("direct:" + ROUTE_ID)
                .routeId(ROUTE_ID)
                .routeConfigurationId(AgencyErrorHandling.ID)
                .setProperty(DeliveryProperties.TASK, body())
                .id("at-keep-task")
                .to("direct:" + SUBMIT_ROUTE_ID)
                .id("at-submit")
                .process(recorder::recordTask)
                .id("at-record-outcome");

        from("direct:" + SUBMIT_ROUTE_ID)
                .routeId(SUBMIT_ROUTE_ID)
                .errorHandler(noErrorHandler())
                .process(translator::toSubmitRequest)
                .id("at-translate-request")
                .to("{{agency.at.url}}/at/ws/tax-services?okStatusCodeRange=200-299,500")
                .id("at-http")
                .process(translator::toOutcome)
                .id("at-translate-reply");
    }
}
