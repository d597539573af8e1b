package org.citizenshop.integration.delivery;

import jakarta.enterprise.context.Dependent;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.processor.ThrottlerRejectedExecutionException;

/**
 * The rate limit of each agency: Camel's Throttle EIP in its requests-per-period mode (named, as Camel
 * 4.3 made concurrent requests its only mode), one throttle state per agency (its correlation key), at most the
 * agency's rate in any rolling second. It does not wait for a permit: a delivery over the limit is
 * refused at once, so that a listener session is never held by a busy agency while the other
 * agencies' tasks queue behind it; the caller puts the delivery back on the queue for later.
 */
@Dependent
public class AgencyRateLimitRoute extends RouteBuilder {

    public static final String ROUTE_ID = "agency-rate-limit";
    public static final String ENDPOINT = "direct:" + ROUTE_ID;

    /** The agency a permit is asked for (the throttle's correlation key). */
    static final String AGENCY = "CitizenShopRateLimitAgency";

    /** Its rate: deliveries a second. */
    static final String PER_SECOND = "CitizenShopRateLimitPerSecond";

    static final long PERIOD_MS = 1000;

    @Override
    public void configure() {
        from(ENDPOINT)
                .routeId(ROUTE_ID)
                .errorHandler(noErrorHandler())
                .throttle(exchangeProperty(PER_SECOND))
                .totalRequestsMode()
                .timePeriodMillis(PERIOD_MS)
                .correlationExpression(exchangeProperty(AGENCY))
                .rejectExecution(true)
                .id("agency-rate-limit-throttle");
    }

    /**
     * Asks the throttle for one delivery to {@code agency}: true when it may go now, false when the
     * agency had {@code perSecond} deliveries within the last second.
     */
    public static boolean admits(ProducerTemplate template, String agency, int perSecond) {
        Exchange asked = template.send(ENDPOINT, exchange -> {
            exchange.setProperty(AGENCY, agency);
            exchange.setProperty(PER_SECOND, perSecond);
        });
        Exception failure = asked.getException();
        if (failure == null) {
            return true;
        }
        if (failure instanceof ThrottlerRejectedExecutionException) {
            return false;
        }
        throw new IllegalStateException("The rate limit of " + agency + " could not be asked", failure);
    }
}
