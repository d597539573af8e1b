package org.citizenshop.integration.iss;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.apache.camel.ProducerTemplate;
import org.citizenshop.application.port.SocialSecurityRegistry;
import org.citizenshop.integration.camel.CamelBootstrap;
import org.citizenshop.integration.delivery.AgencyCircuit;
import org.citizenshop.integration.lookup.LookupQuery;

/** The social security's beneficiaries, through {@link IssBeneficiaryLookupRoute}, under its circuit. */
@ApplicationScoped
public class IssSocialSecurityRegistry implements SocialSecurityRegistry {

    @Inject
    CamelBootstrap camel;

    @Inject
    AgencyCircuit circuit;

    private ProducerTemplate template;

    public IssSocialSecurityRegistry() {}

    IssSocialSecurityRegistry(ProducerTemplate template, AgencyCircuit circuit) {
        this.template = template;
        this.circuit = circuit;
    }

    @Override
    public Optional<Beneficiary> lookUp(String civilId, String purpose, String correlationId) {
        return IssBeneficiaryTranslator.LOOKUP.ask(
                template != null ? template : camel.template(),
                circuit,
                new LookupQuery(civilId, purpose, correlationId),
                Beneficiary.class);
    }
}
