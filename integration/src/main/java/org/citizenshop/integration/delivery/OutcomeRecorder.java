package org.citizenshop.integration.delivery;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.citizenshop.application.AgencyOutcomes;
import org.citizenshop.application.AlertOutcomes;

/**
 * The last step of every agency and notification route and of their error handling: reports the
 * outcome to the application, which stores it on the request or the alert. Runs with the caller's
 * identity (the integration role).
 */
@Dependent
public class OutcomeRecorder {

    private final AgencyOutcomes outcomes;
    private final AlertOutcomes alerts;

    @Inject
    public OutcomeRecorder(AgencyOutcomes outcomes, AlertOutcomes alerts) {
        this.outcomes = outcomes;
        this.alerts = alerts;
    }

    public void record(Exchange exchange) throws InvalidPayloadException {
        String key = requestKey(exchange);
        AgencyOutcome outcome = exchange.getMessage().getMandatoryBody(AgencyOutcome.class);
        if (outcome instanceof AgencyOutcome.Accepted accepted) {
            outcomes.accepted(key, accepted.reference(), accepted.expectedDate());
        } else if (outcome instanceof AgencyOutcome.Rejected rejected) {
            outcomes.rejected(key, rejected.code(), rejected.reason());
        }
    }

    /** The gateway took the alert's message: its id is kept as the proof of sending. */
    public void alertDelivered(Exchange exchange) {
        alerts.delivered(alert(exchange), exchange.getMessage().getBody(String.class));
    }

    /**
     * Records the exception that ended the delivery attempt (after any retries), on the agency
     * request or on the alert the exchange carries.
     */
    public void deliveryFailed(Exchange exchange) {
        String error = describe(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class));
        if (exchange.getProperty(DeliveryProperties.ALERT) != null) {
            alerts.failed(alert(exchange), error);
        } else {
            outcomes.deliveryFailed(requestKey(exchange), error);
        }
    }

    private static long alert(Exchange exchange) {
        return exchange.getProperty(DeliveryProperties.ALERT, Long.class);
    }

    /** What the clerk and the administrator will read: the agency's status and answer when there was one. */
    static String describe(Throwable cause) {
        if (cause == null) {
            return "unknown error";
        }
        if (cause instanceof HttpOperationFailedException http) {
            String body = http.getResponseBody();
            return "HTTP " + http.getStatusCode() + " from " + http.getUri()
                    + (body == null || body.isBlank() ? "" : ": " + body.strip());
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static String requestKey(Exchange exchange) {
        String key = exchange.getProperty(DeliveryProperties.REQUEST_KEY, String.class);
        if (key == null) {
            throw new IllegalStateException("an agency exchange carries its request key");
        }
        return key;
    }
}
