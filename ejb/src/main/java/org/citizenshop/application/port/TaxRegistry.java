package org.citizenshop.application.port;

import java.util.Optional;

/**
 * The tax authority's taxpayers, looked up through the integration layer to prefill a form: a person's NIF and his
 * household's income bracket. Called only after the citizen consented to the lookup, as {@link CivilRegistry} is.
 */
public interface TaxRegistry {

    /**
     * The taxpayer with this civil ID number, or empty when the tax authority knows none.
     *
     * @throws RegistryUnavailableException when the tax authority cannot answer now
     */
    Optional<Taxpayer> lookUp(String civilId, String purpose, String correlationId);

    /** A taxpayer: his NIF (valid, of an individual) and his household's income bracket, 1 to 5. */
    record Taxpayer(String civilId, String nif, int incomeBracket) {}
}
