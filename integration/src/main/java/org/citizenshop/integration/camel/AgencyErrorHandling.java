package org.citizenshop.integration.camel;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.apache.camel.model.OnExceptionDefinition;
import org.citizenshop.integration.delivery.OutcomeRecorder;
import org.citizenshop.integration.delivery.PermanentAgencyException;
import org.citizenshop.integration.delivery.TransientAgencyException;

/**
 * Error handling of every agency route, defined once. Transient trouble (network errors, timeouts,
 * 408/429/5xx, "down", an agency's own "try again later") is retried with exponential back-off by
 * re-running the failed call; if it persists, the failure is recorded and the exception goes back to
 * the caller, whose transaction rolls back so the broker redelivers the request later. A permanent
 * failure (an answer that says the request can never be taken as sent, or that cannot be read) is
 * recorded and not retried.
 */
@Dependent
public class AgencyErrorHandling extends RouteConfigurationBuilder {

    public static final String ID = "agency-error-handling";

    private final OutcomeRecorder recorder;

    @Inject
    public AgencyErrorHandling(OutcomeRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void configuration() {
        var errors = routeConfiguration(ID);
        retried(errors.onException(IOException.class, TransientAgencyException.class));
        retried(errors.onException(HttpOperationFailedException.class).onWhen(AgencyErrorHandling::transientStatus));
        errors.onException(HttpOperationFailedException.class, PermanentAgencyException.class)
                .handled(true)
                .process(recorder::deliveryAbandoned)
                .end();
    }

    private void retried(OnExceptionDefinition onException) {
        onException
                .maximumRedeliveries("{{agency.retry.maximum-redeliveries}}")
                .redeliveryDelay("{{agency.retry.initial-delay-ms}}")
                .backOffMultiplier("{{agency.retry.backoff-multiplier}}")
                .useExponentialBackOff()
                .retryAttemptedLogLevel(LoggingLevel.WARN)
                .handled(false)
                .process(recorder::deliveryFailed)
                .end();
    }

    /** Statuses that say "not now" rather than "never": timeouts, throttling and server trouble. */
    static boolean transientStatus(Exchange exchange) {
        HttpOperationFailedException failure =
                exchange.getProperty(Exchange.EXCEPTION_CAUGHT, HttpOperationFailedException.class);
        int status = failure == null ? 0 : failure.getStatusCode();
        return status == 408 || status == 429 || status >= 500;
    }
}
