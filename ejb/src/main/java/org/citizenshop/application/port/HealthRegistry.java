package org.citizenshop.application.port;

import java.util.Optional;

/**
 * The health service's registered users, looked up through the integration layer to prefill a form: a person's SNS
 * user number. Called only after the citizen consented to the lookup, as {@link CivilRegistry} is.
 */
public interface HealthRegistry {

    /**
     * The user with this civil ID number, or empty when the health service knows none.
     *
     * @throws RegistryUnavailableException when the health service cannot answer now
     */
    Optional<User> lookUp(String civilId, String purpose, String correlationId);

    /** A registered user: his SNS user number (9 digits). */
    record User(String civilId, String snsNumber) {}
}
