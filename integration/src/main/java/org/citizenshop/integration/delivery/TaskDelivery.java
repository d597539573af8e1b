package org.citizenshop.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.citizenshop.application.TaskDispatch;
import org.citizenshop.application.TaskReport;
import org.citizenshop.integration.camel.CamelBootstrap;

/**
 * Runs one claimed case task through the route of its service's connector ({@code
 * direct:task-<connector>}) and adds what came of it to its batch's reports: the agency's answer, a
 * failed attempt (due again after its back-off), a dead letter, or, for a task over its agency's rate
 * limit or for an agency whose circuit is open, a deferral (not an attempt: due again when the limit
 * or the circuit lets it go).
 */
@ApplicationScoped
public class TaskDelivery {

    private static final Logger LOG = Logger.getLogger(TaskDelivery.class.getName());

    /** The route that carries tasks of a connector: its id, and its endpoint with the {@code direct:} prefix. */
    public static String routeOf(String connector) {
        return "task-" + connector;
    }

    @Inject
    CamelBootstrap camel;

    @Inject
    AgencyCircuit circuit;

    @Inject
    AgencyRateLimit limits;

    /** Spreads the deferred tasks of an agency over a second, so they do not all come back at once. */
    private static Duration jitter() {
        return Duration.ofMillis(
                java.util.concurrent.ThreadLocalRandom.current().nextLong(1000));
    }

    /**
     * Delivers the task to its agency, adding the reports of what came of it to {@code reports}. The
     * rate limit and the circuit are asked first: a task held back by either is not sent.
     */
    public void deliver(TaskDispatch task, List<TaskReport> reports) {
        String key = task.key();
        String agency = task.agency();
        // The limit first: a circuit that lets its one trial delivery through must see it go.
        if (!limits.admits(agency)) {
            Duration wait = limits.heldBack(agency);
            reports.add(new TaskReport(key, outcomes -> outcomes.deferred(key, wait)));
            LOG.fine(() -> "Rate limit of " + agency + " reached: task " + key + " held back by " + wait);
            return;
        }
        if (!circuit.allows(agency)) {
            // Not an attempt: the agency was not called. The task is due again when the circuit lets
            // one delivery try.
            Duration wait = circuit.untilTrial(agency).plus(jitter());
            reports.add(new TaskReport(key, outcomes -> outcomes.deferred(key, wait)));
            LOG.fine(() -> "Circuit of " + agency + " open: task " + key + " deferred by " + wait);
            return;
        }
        boolean called = false;
        try {
            String route = routeOf(task.connector());
            if (camel.template().getCamelContext().getRoute(route) == null) {
                String error = "No integration route for connector " + task.connector();
                reports.add(new TaskReport(key, outcomes -> outcomes.abandoned(key, error)));
                return;
            }
            int before = reports.size();
            Exchange done = camel.template().send("direct:" + route, ExchangePattern.InOut, exchange -> {
                exchange.setProperty(DeliveryProperties.TASK_KEY, key);
                exchange.setProperty(DeliveryProperties.TASK_REPORTS, reports);
                exchange.getMessage().setBody(task);
            });
            called = true;
            Exception failure = done.getException();
            if (failure != null) {
                circuit.failed(agency);
                String error = OutcomeRecorder.describe(failure);
                LOG.warning(() -> "Delivery of task " + key + " to " + agency + " failed: " + error);
                LOG.log(Level.FINE, "The failure of task " + key, failure);
                if (reports.size() == before) {
                    // The route's error handling recorded nothing (a failure it does not know): an attempt
                    // failed all the same, and the task is tried again after its back-off.
                    reports.add(new TaskReport(key, outcomes -> outcomes.deliveryFailed(key, error)));
                }
                return;
            }
            circuit.succeeded(agency);
        } finally {
            if (!called) {
                circuit.released(agency);
            }
        }
    }
}
