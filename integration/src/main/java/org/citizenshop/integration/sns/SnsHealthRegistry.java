package org.citizenshop.integration.sns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.apache.camel.ProducerTemplate;
import org.citizenshop.application.port.HealthRegistry;
import org.citizenshop.integration.camel.CamelBootstrap;
import org.citizenshop.integration.delivery.AgencyCircuit;
import org.citizenshop.integration.lookup.LookupQuery;

/** The health service's registered users, through {@link SnsPatientLookupRoute}, under its circuit. */
@ApplicationScoped
public class SnsHealthRegistry implements HealthRegistry {

    @Inject
    CamelBootstrap camel;

    @Inject
    AgencyCircuit circuit;

    private ProducerTemplate template;

    public SnsHealthRegistry() {}

    SnsHealthRegistry(ProducerTemplate template, AgencyCircuit circuit) {
        this.template = template;
        this.circuit = circuit;
    }

    @Override
    public Optional<User> lookUp(String civilId, String purpose, String correlationId) {
        return SnsPatientLookupTranslator.LOOKUP.ask(
                template != null ? template : camel.template(),
                circuit,
                new LookupQuery(civilId, purpose, correlationId),
                User.class);
    }
}
