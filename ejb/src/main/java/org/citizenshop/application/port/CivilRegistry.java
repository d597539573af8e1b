package org.citizenshop.application.port;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The civil registry's records, looked up through the integration layer to prefill a form (the
 * once-only principle). Called only after the citizen consented to the lookup; each call carries
 * its purpose and the correlation id of the request that caused it, which the registry keeps.
 */
public interface CivilRegistry {

    /**
     * What the registry holds about one person, or empty when it knows no one with this number.
     *
     * @param civilId the civil ID number, already validated
     * @param purpose why it is looked up, in a few words ("prefill BIRTH for case form")
     * @param correlationId the id of the request that caused the lookup
     * @throws RegistryUnavailableException when the registry cannot answer now (down, slow, an
     *     answer that cannot be read)
     */
    Optional<Record> lookUp(String civilId, String purpose, String correlationId);

    /**
     * A person's record: full name, date of birth, the address of residence as one line with its
     * postal code ("Rua Augusta 10, 1100-053 Lisboa"), marital status ({@code MARRIED},
     * {@code UNMARRIED} or {@code CIVIL_UNION}) and the civil ID number of the spouse or partner
     * (null when none).
     */
    record Record(
            String civilId,
            String fullName,
            LocalDate birthDate,
            String address,
            String maritalStatus,
            String partnerCivilId) {}
}
