package org.citizenshop.integration.sns;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;

/**
 * Looks a patient up at the health service for prefilling a form: one FHIR search with the lookup's correlation id
 * and purpose, that waits at most {@code agency.sns.lookup-timeout-ms}; no retries, no error handler.
 */
@Dependent
public class SnsPatientLookupRoute extends RouteBuilder {

    public static final String ENDPOINT = "direct:sns-patient-lookup";
    public static final String ROUTE_ID = "sns-patient-lookup";
    public static final String HTTP_STEP = "sns-lookup-http";

    private final SnsPatientLookupTranslator translator;

    @Inject
    public SnsPatientLookupRoute(SnsPatientLookupTranslator translator) {
        this.translator = translator;
    }

    @Override
    public void configure() {
        from(ENDPOINT)
                .routeId(ROUTE_ID)
                .errorHandler(noErrorHandler())
                .process(translator::toSearch)
                .id("sns-lookup-translate-request")
                .to("{{agency.sns.url}}/sns/fhir/Patient?throwExceptionOnFailure=false"
                        + "&responseTimeout={{agency.sns.lookup-timeout-ms}}"
                        + "&soTimeout={{agency.sns.lookup-timeout-ms}}")
                .id(HTTP_STEP)
                .process(translator::toUser)
                .id("sns-lookup-translate-reply");
    }
}
