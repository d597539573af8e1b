package org.citizenshop.integration.delivery;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.citizenshop.application.AgencyOutcomes;
import org.citizenshop.application.AlertOutcomes;
import org.citizenshop.application.TaskOutcomes;
import org.citizenshop.application.TaskReport;

/**
 * The last step of every agency and notification route and of their error handling: reports the
 * outcome to the application, which stores it on the request or the alert. Runs with the caller's
 * identity (the integration role).
 */
@Dependent
public class OutcomeRecorder {

    private static final Logger LOG = Logger.getLogger(OutcomeRecorder.class.getName());

    private final AgencyOutcomes outcomes;
    private final AlertOutcomes alerts;
    private final TaskOutcomes tasks;

    @Inject
    public OutcomeRecorder(AgencyOutcomes outcomes, AlertOutcomes alerts, TaskOutcomes tasks) {
        this.outcomes = outcomes;
        this.alerts = alerts;
        this.tasks = tasks;
    }

    /** Reports what the agency did with a case task (the exchange's {@link TaskOutcome} body). */
    public void recordTask(Exchange exchange) throws InvalidPayloadException {
        TaskOutcome outcome = exchange.getMessage().getMandatoryBody(TaskOutcome.class);
        TaskAnswer answer = new TaskAnswer(taskKey(exchange), outcome);
        report(exchange, answer::reportTo);
    }

    /**
     * Reports to the application at once, or, when the exchange is part of a batch ({@link
     * DeliveryProperties#TASK_REPORTS}), adds the report to the batch's, recorded with them.
     */
    private void report(Exchange exchange, Consumer<TaskOutcomes> report) {
        @SuppressWarnings("unchecked")
        List<TaskReport> batch = exchange.getProperty(DeliveryProperties.TASK_REPORTS, List.class);
        if (batch == null) {
            report.accept(tasks);
        } else {
            batch.add(new TaskReport(taskKey(exchange), report));
        }
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
        String messageId = exchange.getMessage().getBody(String.class);
        if (exchange.getProperty(DeliveryProperties.ALERT) == null) {
            String notice = exchange.getProperty(DeliveryProperties.NOTICE, String.class);
            LOG.info(() -> "Notice " + notice + " sent as " + messageId);
            return;
        }
        alerts.delivered(alert(exchange), messageId);
    }

    /**
     * Records a failure that trying again cannot help: a case task becomes a dead letter at once;
     * a desk request or an alert records it as any failure.
     */
    public void deliveryAbandoned(Exchange exchange) {
        if (exchange.getProperty(DeliveryProperties.TASK_KEY) != null) {
            Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
            String key = taskKey(exchange);
            String error = describe(cause);
            if (refusedBeforeActing(cause)) {
                report(exchange, outcomes -> outcomes.refused(key, error));
            } else {
                report(exchange, outcomes -> outcomes.abandoned(key, error));
            }
        } else {
            deliveryFailed(exchange);
        }
    }

    /**
     * Whether the agency refused the request before acting on it: an HTTP 4xx says the request was not
     * processed (malformed, not allowed, unknown path), except 409, an agency's "this key already
     * stands for another request". An answer that cannot be read, or none, says nothing of the kind:
     * the agency may have acted.
     */
    static boolean refusedBeforeActing(Throwable cause) {
        return cause instanceof HttpOperationFailedException http
                && http.getStatusCode() >= 400
                && http.getStatusCode() < 500
                && http.getStatusCode() != 409;
    }

    /**
     * Records the exception that ended the delivery attempt (after any retries), on the agency
     * request or on the alert the exchange carries.
     */
    public void deliveryFailed(Exchange exchange) {
        String error = describe(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class));
        if (exchange.getProperty(DeliveryProperties.ALERT) != null) {
            alerts.failed(alert(exchange), error);
        } else if (exchange.getProperty(DeliveryProperties.NOTICE) != null) {
            // Nothing stands for a notice in the application: the failure is logged, and the broker
            // sends the notice again later (the listener's transaction rolls back).
            String notice = exchange.getProperty(DeliveryProperties.NOTICE, String.class);
            LOG.warning(() -> "Notice " + notice + " not sent: " + error);
        } else if (exchange.getProperty(DeliveryProperties.TASK_KEY) != null) {
            String key = taskKey(exchange);
            report(exchange, outcomes -> outcomes.deliveryFailed(key, error));
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

    private static String taskKey(Exchange exchange) {
        String key = exchange.getProperty(DeliveryProperties.TASK_KEY, String.class);
        if (key == null) {
            throw new IllegalStateException("a case task exchange carries its task key");
        }
        return key;
    }

    private static String requestKey(Exchange exchange) {
        String key = exchange.getProperty(DeliveryProperties.REQUEST_KEY, String.class);
        if (key == null) {
            throw new IllegalStateException("an agency exchange carries its request key");
        }
        return key;
    }
}
