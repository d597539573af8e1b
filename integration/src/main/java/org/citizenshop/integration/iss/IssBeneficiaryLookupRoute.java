package org.citizenshop.integration.iss;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;

/**
 * Looks a person's NISS up at the social security's online service for prefilling a form: one GET with the lookup's
 * correlation id and purpose, that waits at most {@code agency.iss.lookup-timeout-ms}; no retries, no error handler.
 */
@Dependent
public class IssBeneficiaryLookupRoute extends RouteBuilder {

    public static final String ENDPOINT = "direct:iss-beneficiary-lookup";
    public static final String ROUTE_ID = "iss-beneficiary-lookup";
    public static final String HTTP_STEP = "iss-lookup-http";

    private final IssBeneficiaryTranslator translator;

    @Inject
    public IssBeneficiaryLookupRoute(IssBeneficiaryTranslator translator) {
        this.translator = translator;
    }

    @Override
    public void configure() {
        from(ENDPOINT)
                .routeId(ROUTE_ID)
                .errorHandler(noErrorHandler())
                .process(translator::toRequest)
                .id("iss-lookup-translate-request")
                .to("{{agency.iss.url}}/iss/v1/beneficiaries?throwExceptionOnFailure=false"
                        + "&responseTimeout={{agency.iss.lookup-timeout-ms}}"
                        + "&soTimeout={{agency.iss.lookup-timeout-ms}}")
                .id(HTTP_STEP)
                .process(translator::toBeneficiary)
                .id("iss-lookup-translate-reply");
    }
}
