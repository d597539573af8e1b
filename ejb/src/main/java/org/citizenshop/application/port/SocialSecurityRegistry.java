package org.citizenshop.application.port;

import java.util.Optional;

/**
 * The social security's beneficiaries, looked up through the integration layer to prefill a form: a person's NISS.
 * Called only after the citizen consented to the lookup, as {@link CivilRegistry} is.
 */
public interface SocialSecurityRegistry {

    /**
     * The beneficiary with this civil ID number, or empty when the social security knows none.
     *
     * @throws RegistryUnavailableException when the social security cannot answer now
     */
    Optional<Beneficiary> lookUp(String civilId, String purpose, String correlationId);

    /** A beneficiary: his NISS (valid, of a person). */
    record Beneficiary(String civilId, String niss) {}
}
