package org.citizenshop.integration.at;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.apache.camel.ProducerTemplate;
import org.citizenshop.application.port.TaxRegistry;
import org.citizenshop.integration.camel.CamelBootstrap;
import org.citizenshop.integration.delivery.AgencyCircuit;
import org.citizenshop.integration.lookup.LookupQuery;

/** The tax authority's taxpayers, through {@link AtTaxpayerLookupRoute}, under the tax authority's circuit. */
@ApplicationScoped
public class AtTaxRegistry implements TaxRegistry {

    @Inject
    CamelBootstrap camel;

    @Inject
    AgencyCircuit circuit;

    private ProducerTemplate template;

    public AtTaxRegistry() {}

    AtTaxRegistry(ProducerTemplate template, AgencyCircuit circuit) {
        this.template = template;
        this.circuit = circuit;
    }

    @Override
    public Optional<Taxpayer> lookUp(String civilId, String purpose, String correlationId) {
        return AtTaxpayerTranslator.LOOKUP.ask(
                template != null ? template : camel.template(),
                circuit,
                new LookupQuery(civilId, purpose, correlationId),
                Taxpayer.class);
    }
}
