package org.citizenshop.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.citizenshop.application.TaskDispatch;
import org.citizenshop.application.TaskOutcomes;
import org.citizenshop.application.port.AgencyDispatch;
import org.citizenshop.domain.model.agencyrequest.RequestKey;
import org.citizenshop.domain.model.catalogue.AgencyCode;
import org.citizenshop.integration.camel.CamelBootstrap;

/**
 * Loads a handed-off case task and runs it through the route of its service's connector
 * ({@code direct:task-<connector>}). A failure the route did not handle goes back to the caller, so
 * the broker's transaction rolls back and the task is delivered again later. A task over its
 * agency's rate limit, or for an agency whose circuit is open, is not an attempt: it goes back to
 * the queue as a new message, due later, which commits with this one's consumption.
 */
@ApplicationScoped
public class TaskDelivery {

    private static final Logger LOG = Logger.getLogger(TaskDelivery.class.getName());

    /** The route that carries tasks of a connector: its id, and its endpoint with the {@code direct:} prefix. */
    public static String routeOf(String connector) {
        return "task-" + connector;
    }

    @Inject
    TaskOutcomes outcomes;

    @Inject
    CamelBootstrap camel;

    @Inject
    AgencyCircuit circuit;

    @Inject
    AgencyDispatch agencies;

    @Inject
    AgencyRateLimit limits;

    /** Spreads the deferred tasks of an agency over a second, so they do not all come back at once. */
    private static Duration jitter() {
        return Duration.ofMillis(
                java.util.concurrent.ThreadLocalRandom.current().nextLong(1000));
    }

    /**
     * Delivers the task with this key to its agency (the message's agency property). The rate limit and
     * the circuit are asked first, before the task is read: a task held back by either costs this node
     * a message sent, not a read of its case, which matters when a backlog meets the limit.
     */
    public void deliver(String key, String agency) {
        // The limit first: a circuit that lets its one trial delivery through must see it go.
        if (!limits.admits(agency)) {
            Duration wait = limits.heldBack(agency);
            agencies.handOffTaskLater(RequestKey.of(key), AgencyCode.of(agency), wait);
            LOG.fine(() -> "Rate limit of " + agency + " reached: task " + key + " held back by " + wait);
            return;
        }
        if (!circuit.allows(agency)) {
            // Not an attempt: the agency was not called. The task comes back when the circuit lets one
            // delivery try (the new message and this one's consumption commit together), not after the
            // broker's next redelivery, which may be a minute away.
            Duration wait = circuit.untilTrial(agency).plus(jitter());
            agencies.handOffTaskLater(RequestKey.of(key), AgencyCode.of(agency), wait);
            LOG.fine(() -> "Circuit of " + agency + " open: task " + key + " deferred by " + wait);
            return;
        }
        boolean called = false;
        try {
            TaskDispatch dispatch = outcomes.dispatch(key);
            if (dispatch.alreadyAnswered()) {
                LOG.info(() -> "Task " + key + " was already answered; redelivery ignored");
                return;
            }
            String route = routeOf(dispatch.connector());
            if (camel.template().getCamelContext().getRoute(route) == null) {
                outcomes.abandoned(key, "No integration route for connector " + dispatch.connector());
                return;
            }
            Exchange done = camel.template().send("direct:" + route, ExchangePattern.InOut, exchange -> {
                exchange.setProperty(DeliveryProperties.TASK_KEY, key);
                exchange.getMessage().setBody(dispatch);
            });
            called = true;
            if (done.getException() != null) {
                circuit.failed(agency);
                throw new IllegalStateException("Delivery of task " + key + " failed", done.getException());
            }
            circuit.succeeded(agency);
        } finally {
            if (!called) {
                circuit.released(agency);
            }
        }
    }
}
