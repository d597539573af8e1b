package org.citizenshop.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.citizenshop.application.port.AgencyCircuits;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A circuit breaker per agency, on this node: after {@code threshold} deliveries in a row that
 * failed for a transient reason, the agency is not called for {@code pause}; its tasks go back to
 * the broker, which delivers them again later. After the pause one delivery tries; its success
 * closes the circuit, its failure opens it again. An agency that answers (even a refusal) is up.
 * The civil registry's record lookups count as its deliveries.
 */
@ApplicationScoped
public class AgencyCircuit implements AgencyCircuits {

    private static final Logger LOG = Logger.getLogger(AgencyCircuit.class.getName());

    private static final class State {
        int failures;
        Instant openUntil;
        boolean trial;
    }

    private final Map<String, State> agencies = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "agency.circuit.failure-threshold", defaultValue = "5")
    int threshold;

    @Inject
    @ConfigProperty(name = "agency.circuit.pause-ms", defaultValue = "20000")
    long pauseMs;

    @Inject
    Clock clock;

    public AgencyCircuit() {}

    public AgencyCircuit(int threshold, Duration pause, Clock clock) {
        this.threshold = threshold;
        this.pauseMs = pause.toMillis();
        this.clock = clock;
    }

    /** Whether a delivery to the agency may go now; after the pause, one at a time tries. */
    public boolean allows(String agency) {
        State state = agencies.computeIfAbsent(agency, code -> new State());
        synchronized (state) {
            if (state.openUntil == null) {
                return true;
            }
            if (clock.instant().isBefore(state.openUntil) || state.trial) {
                return false;
            }
            state.trial = true;
            return true;
        }
    }

    /**
     * How long a delivery the circuit refused should wait before it comes back: until the pause
     * ends (then one delivery tries), or a moment while that trial runs.
     */
    public Duration untilTrial(String agency) {
        State state = agencies.computeIfAbsent(agency, code -> new State());
        synchronized (state) {
            if (state.openUntil == null) {
                return Duration.ZERO;
            }
            Duration left = Duration.between(clock.instant(), state.openUntil);
            return left.isNegative() || left.isZero() ? TRIAL_WAIT : left;
        }
    }

    /** How long a refused delivery waits while the one trial delivery runs. */
    static final Duration TRIAL_WAIT = Duration.ofSeconds(2);

    /**
     * A delivery the circuit allowed did not call the agency after all (the task was already answered,
     * it has no route, or reading it failed): it says nothing of the agency, and a trial it held is given
     * back for the next delivery. While the circuit is closed there is no trial, and nothing changes. (A
     * delivery allowed while it was closed, which gives back after the circuit opened and let another
     * delivery try, frees that trial early: at worst two deliveries try at once.)
     */
    public void released(String agency) {
        State state = agencies.computeIfAbsent(agency, code -> new State());
        synchronized (state) {
            state.trial = false;
        }
    }

    public void succeeded(String agency) {
        State state = agencies.computeIfAbsent(agency, code -> new State());
        synchronized (state) {
            if (state.openUntil != null) {
                LOG.info(() -> "Circuit of " + agency + " closed: it answers again");
            }
            state.failures = 0;
            state.openUntil = null;
            state.trial = false;
        }
    }

    public void failed(String agency) {
        State state = agencies.computeIfAbsent(agency, code -> new State());
        synchronized (state) {
            state.failures++;
            state.trial = false;
            if (state.failures >= threshold) {
                boolean opening = state.openUntil == null;
                state.openUntil = clock.instant().plusMillis(pauseMs);
                if (opening) {
                    LOG.warning(() -> "Circuit of " + agency + " opened after " + state.failures
                            + " failed deliveries in a row: not called for " + pauseMs + " ms at a time");
                }
            }
        }
    }

    @Override
    public Map<String, String> states() {
        Map<String, String> states = new TreeMap<>();
        Instant now = clock.instant();
        agencies.forEach((agency, state) -> {
            synchronized (state) {
                String name;
                if (state.openUntil == null) {
                    name = "CLOSED";
                } else if (now.isBefore(state.openUntil)) {
                    name = "OPEN";
                } else {
                    name = "HALF_OPEN";
                }
                states.put(agency, name);
            }
        });
        return states;
    }
}
