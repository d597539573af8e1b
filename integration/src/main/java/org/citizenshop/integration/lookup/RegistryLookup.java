package org.citizenshop.integration.lookup;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.ProducerTemplate;
import org.citizenshop.application.port.RegistryUnavailableException;
import org.citizenshop.integration.delivery.AgencyCircuit;
import org.citizenshop.integration.delivery.TransientAgencyException;

/**
 * One registry lookup through its route, under the agency's circuit breaker (shared with its task deliveries): while
 * the circuit is open the agency is not asked; no answer counts as a failure, an unreadable answer does not (the
 * agency answered). The log names the correlation id and the outcome, never whom or why.
 */
public final class RegistryLookup {

    private final String agency;
    private final String endpoint;
    private final Logger log;

    /** Lookups at {@code agency} ("AT") through the route at {@code endpoint}, logged to {@code log}. */
    public RegistryLookup(String agency, String endpoint, Logger log) {
        this.agency = agency;
        this.endpoint = endpoint;
        this.log = log;
    }

    /**
     * What the route answers for {@code query}: its body, an {@link Optional} of the registry's record.
     *
     * @throws RegistryUnavailableException when the agency cannot answer now or its answer cannot be used
     */
    public <T> Optional<T> ask(ProducerTemplate template, AgencyCircuit circuit, LookupQuery query, Class<T> type) {
        String correlationId = query.correlationId();
        if (!circuit.allows(agency)) {
            log.info(() -> "Registry lookup " + correlationId + ": NOT_ASKED, the circuit of " + agency + " is open");
            throw unavailable("it failed repeatedly and is given a pause", null);
        }
        Exchange done = template.send(endpoint, ExchangePattern.InOut, exchange -> exchange.getMessage()
                .setBody(query));
        Exception failure = done.getException();
        if (failure == null) {
            circuit.succeeded(agency);
            Optional<T> found = answerIn(done, type);
            log.info(() -> "Registry lookup " + correlationId + " at " + agency + ": "
                    + (found.isPresent() ? "FOUND" : "NOT_FOUND"));
            return found;
        }
        RegistryUnavailableException unavailable;
        if (failure instanceof RegistryUnavailableException unreadable) {
            circuit.succeeded(agency);
            unavailable = unreadable;
        } else {
            circuit.failed(agency);
            unavailable = unavailable(reasonFor(failure), failure);
        }
        log.log(
                Level.WARNING,
                () -> "Registry lookup " + correlationId + " at " + agency + ": UNAVAILABLE, "
                        + unavailable.getMessage());
        throw unavailable;
    }

    /** The exception that says this agency cannot be asked now, with a short reason of our own. */
    public RegistryUnavailableException unavailable(String reason, Throwable cause) {
        RegistryUnavailableException unavailable = new RegistryUnavailableException(agency, reason);
        if (cause != null) {
            unavailable.initCause(cause);
        }
        return unavailable;
    }

    private <T> Optional<T> answerIn(Exchange done, Class<T> type) {
        Object body = done.getMessage().getBody();
        if (!(body instanceof Optional<?> found)
                || found.filter(value -> !type.isInstance(value)).isPresent()) {
            throw new IllegalStateException("The route " + endpoint + " gave no answer");
        }
        return found.map(type::cast);
    }

    /** What went wrong, in a few words of our own: the exception's message may name the URL. */
    private static String reasonFor(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientAgencyException answered) {
                return answered.getMessage();
            }
            if (cause instanceof InterruptedIOException) {
                return "it did not answer in time";
            }
            if (cause instanceof ConnectException) {
                return "it cannot be reached";
            }
        }
        return "the call failed (" + failure.getClass().getSimpleName() + ")";
    }
}
