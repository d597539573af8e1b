package org.citizenshop.integration.iss;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;

/**
 * Takes the social security's results files from the shared outbox (complete files only: the agency
 * writes under a dot name and renames) and reports each key's answer. A file is taken once by its
 * name and moved to {@code .done/}, or to {@code .failed/} when some of it could not be read or
 * recorded; either way the consumer goes on with the next file. The PDF documents a file names go
 * with it ({@link IssResultsReporter}).
 */
@Dependent
public class IssResultsRoute extends RouteBuilder {

    public static final String ROUTE_ID = "iss-results";

    private final IssResultsReporter reporter;

    @Inject
    public IssResultsRoute(IssResultsReporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public void configure() {
        // No retries: the file stays where it is moved, and the log says what failed in it.
        errorHandler(defaultErrorHandler().logStackTrace(false).logExhaustedMessageHistory(false));

        from("file:{{agency.exchange-dir}}/iss/outbox"
                        + "?antInclude=results-*.csv&charset=utf-8"
                        + "&idempotent=true&idempotentKey=${file:name}"
                        + "&move=.done/${file:name}&moveFailed=.failed/${file:name}"
                        + "&initialDelay={{agency.iss.poll-delay-ms}}&delay={{agency.iss.poll-delay-ms}}")
                .routeId(ROUTE_ID)
                .process(reporter::read)
                .id("iss-read-results")
                .process(reporter::report)
                .id("iss-report-results");
    }
}
