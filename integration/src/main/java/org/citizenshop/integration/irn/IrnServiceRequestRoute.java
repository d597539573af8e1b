package org.citizenshop.integration.irn;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;
import org.citizenshop.integration.camel.AgencyErrorHandling;
import org.citizenshop.integration.delivery.OutcomeRecorder;

/**
 * Delivers a service request to the civil registry's JSON REST API with the request's idempotency
 * key, and records what the registry answered. A 422 is the registry's business rejection, an
 * answer like any other; every other failure status raises an exception that the shared error
 * handling retries or records. Steps have ids so tests can weave them.
 */
@Dependent
public class IrnServiceRequestRoute extends RouteBuilder {

    public static final String ENDPOINT = "direct:irn-service-request";
    public static final String ROUTE_ID = "irn-service-request";
    public static final String HTTP_STEP = "irn-http";

    private final IrnTranslator translator;
    private final OutcomeRecorder recorder;

    @Inject
    public IrnServiceRequestRoute(IrnTranslator translator, OutcomeRecorder recorder) {
        this.translator = translator;
        this.recorder = recorder;
    }

    @Override
    public void configure() {
        from(ENDPOINT)
                .routeId(ROUTE_ID)
                .routeConfigurationId(AgencyErrorHandling.ID)
                .process(translator::toServiceRequest)
                .id("irn-translate-request")
                .to("{{agency.irn.url}}/irn/v1/service-requests?okStatusCodeRange=200-299,422")
                .id(HTTP_STEP)
                .process(translator::toOutcome)
                .id("irn-translate-reply")
                .process(recorder::record)
                .id("irn-record-outcome");
    }
}
