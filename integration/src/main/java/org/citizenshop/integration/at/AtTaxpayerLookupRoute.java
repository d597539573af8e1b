package org.citizenshop.integration.at;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;

/**
 * Looks a taxpayer up at the tax authority for prefilling a form: one GET with the lookup's correlation id and
 * purpose, that waits at most {@code agency.at.lookup-timeout-ms}. A citizen is waiting, so nothing is retried and no
 * error handler runs: every failure goes back to {@link AtTaxRegistry}.
 */
@Dependent
public class AtTaxpayerLookupRoute extends RouteBuilder {

    public static final String ENDPOINT = "direct:at-taxpayer-lookup";
    public static final String ROUTE_ID = "at-taxpayer-lookup";
    public static final String HTTP_STEP = "at-lookup-http";

    private final AtTaxpayerTranslator translator;

    @Inject
    public AtTaxpayerLookupRoute(AtTaxpayerTranslator translator) {
        this.translator = translator;
    }

    @Override
    public void configure() {
        from(ENDPOINT)
                .routeId(ROUTE_ID)
                .errorHandler(noErrorHandler())
                .process(translator::toRequest)
                .id("at-lookup-translate-request")
                .to("{{agency.at.url}}/at/v1/taxpayers?throwExceptionOnFailure=false"
                        + "&responseTimeout={{agency.at.lookup-timeout-ms}}"
                        + "&soTimeout={{agency.at.lookup-timeout-ms}}")
                .id(HTTP_STEP)
                .process(translator::toTaxpayer)
                .id("at-lookup-translate-reply");
    }
}
