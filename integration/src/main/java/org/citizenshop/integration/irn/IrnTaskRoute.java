package org.citizenshop.integration.irn;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;
import org.citizenshop.integration.camel.AgencyErrorHandling;
import org.citizenshop.integration.delivery.OutcomeRecorder;
import org.citizenshop.integration.delivery.TaskDelivery;

/**
 * Delivers a case task to the civil registry's JSON REST API, synchronously, with the task's
 * idempotency key; a 422 is the registry's refusal, an answer like any other.
 */
@Dependent
public class IrnTaskRoute extends RouteBuilder {

    public static final String CONNECTOR = "irn-rest";
    public static final String ROUTE_ID = TaskDelivery.routeOf(CONNECTOR);

    private final IrnTaskTranslator translator;
    private final OutcomeRecorder recorder;

    @Inject
    public IrnTaskRoute(IrnTaskTranslator translator, OutcomeRecorder recorder) {
        this.translator = translator;
        this.recorder = recorder;
    }

    @Override
    public void configure() {
        from("direct:" + ROUTE_ID)
                .routeId(ROUTE_ID)
                .routeConfigurationId(AgencyErrorHandling.ID)
                .process(translator::toServiceRequest)
                .id("irn-task-translate-request")
                .to("{{agency.irn.url}}/irn/v1/service-requests?okStatusCodeRange=200-299,422")
                .id("irn-task-http")
                .process(translator::toOutcome)
                .id("irn-task-translate-reply")
                .process(recorder::recordTask)
                .id("irn-task-record-outcome");
    }
}
