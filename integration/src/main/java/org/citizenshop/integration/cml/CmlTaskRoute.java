package org.citizenshop.integration.cml;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;
import org.citizenshop.integration.camel.AgencyErrorHandling;
import org.citizenshop.integration.delivery.OutcomeRecorder;
import org.citizenshop.integration.delivery.TaskDelivery;

/**
 * Delivers a case task to the municipality with the task's idempotency key and the shop's callback
 * URL; the municipality acknowledges it (202) and reports the result later through the webhook
 * ({@link CmlCallback}), or refuses it at once (422).
 */
@Dependent
public class CmlTaskRoute extends RouteBuilder {

    public static final String CONNECTOR = "cml-webhook";
    public static final String ROUTE_ID = TaskDelivery.routeOf(CONNECTOR);

    private final CmlTaskTranslator translator;
    private final OutcomeRecorder recorder;

    @Inject
    public CmlTaskRoute(CmlTaskTranslator translator, OutcomeRecorder recorder) {
        this.translator = translator;
        this.recorder = recorder;
    }

    @Override
    public void configure() {
        from("direct:" + ROUTE_ID)
                .routeId(ROUTE_ID)
                .routeConfigurationId(AgencyErrorHandling.ID)
                .process(translator::toServiceRequest)
                .id("cml-translate-request")
                .to("{{agency.cml.url}}/cml/v1/requests?okStatusCodeRange=200-299,422")
                .id("cml-http")
                .process(translator::toOutcome)
                .id("cml-translate-reply")
                .process(recorder::recordTask)
                .id("cml-record-outcome");
    }
}
