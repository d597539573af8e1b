package org.citizenshop.integration.delivery;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.citizenshop.application.AgencyOutcomes;

/**
 * The last step of every agency route and of its error handling: reports the outcome to the
 * application, which stores it on the request. Runs with the caller's identity (the integration role).
 */
@Dependent
public class OutcomeRecorder {

    private final AgencyOutcomes outcomes;

    @Inject
    public OutcomeRecorder(AgencyOutcomes outcomes) {
        this.outcomes = outcomes;
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

    /** Records the exception that ended the delivery attempt (after any retries). */
    public void deliveryFailed(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        outcomes.deliveryFailed(requestKey(exchange), describe(cause));
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
