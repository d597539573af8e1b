package org.citizenshop.integration.iss;

import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonObject;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.citizenshop.application.port.SocialSecurityRegistry;
import org.citizenshop.domain.model.citizen.Niss;
import org.citizenshop.integration.lookup.JsonLookupReplies;
import org.citizenshop.integration.lookup.RegistryLookup;

/**
 * Translates a beneficiary lookup at the social security's edge (its online service; requests that change something
 * go in batch files): the query into {@code GET /iss/v1/beneficiaries/{civilId}}, the answer into a {@link
 * SocialSecurityRegistry.Beneficiary} with a person's valid NISS, empty when the social security knows nobody.
 */
@Dependent
public class IssBeneficiaryTranslator {

    static final String AGENCY = "ISS";
    static final RegistryLookup LOOKUP = new RegistryLookup(
            AGENCY, IssBeneficiaryLookupRoute.ENDPOINT, Logger.getLogger(IssSocialSecurityRegistry.class.getName()));

    private final JsonLookupReplies replies = new JsonLookupReplies(LOOKUP);

    public void toRequest(Exchange exchange) throws InvalidPayloadException {
        JsonLookupReplies.toRequest(exchange, query -> "/" + query.civilId(), "application/json");
    }

    public void toBeneficiary(Exchange exchange) {
        replies.toRecord(exchange, answer -> beneficiary(answer, exchange));
    }

    private SocialSecurityRegistry.Beneficiary beneficiary(JsonObject answer, Exchange exchange) {
        String civilId = replies.samePerson(answer, exchange);
        Niss niss = replies.identifier(replies.text(answer, "niss", 20), "niss", Niss::of);
        if (!niss.isPerson()) {
            throw LOOKUP.unavailable("its answer's niss is not a person's", null);
        }
        return new SocialSecurityRegistry.Beneficiary(civilId, niss.value());
    }
}
