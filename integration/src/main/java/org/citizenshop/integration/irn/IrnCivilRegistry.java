package org.citizenshop.integration.irn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.ProducerTemplate;
import org.citizenshop.application.port.CivilRegistry;
import org.citizenshop.application.port.RegistryUnavailableException;
import org.citizenshop.integration.camel.CamelBootstrap;
import org.citizenshop.integration.delivery.AgencyCircuit;
import org.citizenshop.integration.delivery.TransientAgencyException;

/**
 * The civil registry's records, through {@link IrnCitizenLookupRoute}. It shares the registry's
 * circuit breaker with the task deliveries: while the circuit is open the registry is not asked, and
 * a lookup that got no answer counts as a failure. The log names the correlation id and the outcome,
 * never whom or why.
 */
@ApplicationScoped
public class IrnCivilRegistry implements CivilRegistry {

    private static final Logger LOG = Logger.getLogger(IrnCivilRegistry.class.getName());

    @Inject
    CamelBootstrap camel;

    @Inject
    AgencyCircuit circuit;

    private ProducerTemplate template;

    public IrnCivilRegistry() {}

    IrnCivilRegistry(ProducerTemplate template, AgencyCircuit circuit) {
        this.template = template;
        this.circuit = circuit;
    }

    @Override
    public Optional<Record> lookUp(String civilId, String purpose, String correlationId) {
        RecordQuery query = new RecordQuery(civilId, purpose, correlationId);
        String agency = IrnRecordTranslator.AGENCY;
        if (!circuit.allows(agency)) {
            LOG.info(() -> "Registry lookup " + correlationId + ": NOT_ASKED, the circuit of " + agency + " is open");
            throw IrnRecordTranslator.unavailable("it failed repeatedly and is given a pause", null);
        }
        Exchange done = template()
                .send(IrnCitizenLookupRoute.ENDPOINT, ExchangePattern.InOut, exchange -> exchange.getMessage()
                        .setBody(query));
        Exception failure = done.getException();
        if (failure == null) {
            circuit.succeeded(agency);
            Optional<Record> record = recordIn(done);
            LOG.info(() -> "Registry lookup " + correlationId + ": " + (record.isPresent() ? "FOUND" : "NOT_FOUND"));
            return record;
        }
        RegistryUnavailableException unavailable;
        if (failure instanceof RegistryUnavailableException unreadable) {
            // The registry answered, so it is up; what it said could not be used.
            circuit.succeeded(agency);
            unavailable = unreadable;
        } else {
            circuit.failed(agency);
            unavailable = IrnRecordTranslator.unavailable(reasonFor(failure), failure);
        }
        LOG.log(Level.WARNING, () -> "Registry lookup " + correlationId + ": UNAVAILABLE, " + unavailable.getMessage());
        throw unavailable;
    }

    private ProducerTemplate template() {
        return template != null ? template : camel.template();
    }

    @SuppressWarnings("unchecked")
    private static Optional<Record> recordIn(Exchange done) {
        Optional<Record> record = done.getMessage().getBody(Optional.class);
        if (record == null) {
            throw new IllegalStateException("The route " + IrnCitizenLookupRoute.ROUTE_ID + " gave no answer");
        }
        return record;
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
