package org.citizenshop.integration.irn;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;

/**
 * Looks a person's record up at the civil registry for prefilling a form: one GET, with the
 * lookup's correlation id and purpose, that waits at most {@code agency.irn.lookup-timeout-ms}. A
 * citizen is waiting at the form, so nothing is retried and no error handler runs: every failure
 * goes straight back to the caller ({@link IrnCivilRegistry}), which decides what it means. Steps
 * have ids so tests can weave them.
 */
@Dependent
public class IrnCitizenLookupRoute extends RouteBuilder {

    public static final String ENDPOINT = "direct:irn-citizen-lookup";
    public static final String ROUTE_ID = "irn-citizen-lookup";
    public static final String HTTP_STEP = "irn-lookup-http";

    private final IrnRecordTranslator translator;

    @Inject
    public IrnCitizenLookupRoute(IrnRecordTranslator translator) {
        this.translator = translator;
    }

    @Override
    public void configure() {
        from(ENDPOINT)
                .routeId(ROUTE_ID)
                .errorHandler(noErrorHandler())
                .process(translator::toRequest)
                .id("irn-lookup-translate-request")
                .to("{{agency.irn.url}}/irn/v1/citizens?throwExceptionOnFailure=false"
                        + "&responseTimeout={{agency.irn.lookup-timeout-ms}}"
                        + "&soTimeout={{agency.irn.lookup-timeout-ms}}")
                .id(HTTP_STEP)
                .process(translator::toRecord)
                .id("irn-lookup-translate-reply");
    }
}
