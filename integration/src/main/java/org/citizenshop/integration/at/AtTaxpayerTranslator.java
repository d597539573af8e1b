package org.citizenshop.integration.at;

import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonObject;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.citizenshop.application.port.TaxRegistry;
import org.citizenshop.domain.model.citizen.Nif;
import org.citizenshop.integration.lookup.JsonLookupReplies;
import org.citizenshop.integration.lookup.RegistryLookup;

/**
 * Translates a taxpayer lookup at the tax authority's edge: the query into {@code GET /at/v1/taxpayers/{civilId}},
 * the answer into a {@link TaxRegistry.Taxpayer} (an individual's valid NIF, an income bracket 1 to 5), empty when
 * the tax authority knows nobody with the number.
 */
@Dependent
public class AtTaxpayerTranslator {

    static final String AGENCY = "AT";
    static final RegistryLookup LOOKUP =
            new RegistryLookup(AGENCY, AtTaxpayerLookupRoute.ENDPOINT, Logger.getLogger(AtTaxRegistry.class.getName()));

    private final JsonLookupReplies replies = new JsonLookupReplies(LOOKUP);

    public void toRequest(Exchange exchange) throws InvalidPayloadException {
        JsonLookupReplies.toRequest(exchange, query -> "/" + query.civilId(), "application/json");
    }

    public void toTaxpayer(Exchange exchange) {
        replies.toRecord(exchange, answer -> taxpayer(answer, exchange));
    }

    private TaxRegistry.Taxpayer taxpayer(JsonObject answer, Exchange exchange) {
        String civilId = replies.samePerson(answer, exchange);
        Nif nif = replies.identifier(replies.text(answer, "nif", 20), "nif", Nif::of);
        if (!nif.isIndividual()) {
            throw LOOKUP.unavailable("its answer's nif is not a person's", null);
        }
        int bracket = replies.number(answer, "householdIncomeBracket", 1, 5);
        return new TaxRegistry.Taxpayer(civilId, nif.value(), bracket);
    }
}
