package org.citizenshop.integration.sns;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;
import org.citizenshop.integration.camel.AgencyErrorHandling;
import org.citizenshop.integration.delivery.OutcomeRecorder;
import org.citizenshop.integration.delivery.TaskDelivery;

/**
 * Delivers a case task to the health service's FHIR API, synchronously, with the task's idempotency
 * key: a conditional create or update of the patient. A 422 (or a 404 for an unknown patient) with
 * an operation outcome is the registry's refusal, an answer like any other.
 */
@Dependent
public class SnsTaskRoute extends RouteBuilder {

    public static final String CONNECTOR = "sns-fhir";
    public static final String ROUTE_ID = TaskDelivery.routeOf(CONNECTOR);

    private final SnsTaskTranslator translator;
    private final OutcomeRecorder recorder;

    @Inject
    public SnsTaskRoute(SnsTaskTranslator translator, OutcomeRecorder recorder) {
        this.translator = translator;
        this.recorder = recorder;
    }

    @Override
    public void configure() {
        from("direct:" + ROUTE_ID)
                .routeId(ROUTE_ID)
                .routeConfigurationId(AgencyErrorHandling.ID)
                .process(translator::toPatientRequest)
                .id("sns-translate-request")
                .to("{{agency.sns.url}}/sns/fhir/Patient?okStatusCodeRange=200-299,404,422")
                .id("sns-http")
                .process(translator::toOutcome)
                .id("sns-translate-reply")
                .process(recorder::recordTask)
                .id("sns-record-outcome");
    }
}
