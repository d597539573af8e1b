package org.citizenshop.agencysim.irn;

import java.time.LocalDate;
import java.util.Objects;
import org.citizenshop.agencysim.common.Identifiers;

/**
 * A person known to the simulated civil registry, and their record: the number of their current citizen card (null
 * for a person registered here who has no card yet), full name, date of birth, address of residence as one line with
 * its postal code, marital status, the civil ID number of the spouse or partner (null when unmarried) and the date of
 * death (null while alive: the doctor's death certificate reaches the registry before the family declares the death).
 */
record Citizen(
        String civilIdNumber,
        String documentNumber,
        String name,
        LocalDate birthDate,
        String address,
        MaritalStatus maritalStatus,
        String partnerCivilIdNumber,
        LocalDate deathDate) {

    Citizen(
            String civilIdNumber,
            String documentNumber,
            String name,
            LocalDate birthDate,
            String address,
            MaritalStatus maritalStatus,
            String partnerCivilIdNumber) {
        this(civilIdNumber, documentNumber, name, birthDate, address, maritalStatus, partnerCivilIdNumber, null);
    }

    Citizen {
        if (!Identifiers.isCivilId(civilIdNumber)) {
            throw new IllegalArgumentException("Not a civil ID number: " + civilIdNumber);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
        if (Identifiers.postalCodeIn(address) == null) {
            throw new IllegalArgumentException("An address of residence needs a postal code: " + address);
        }
        Objects.requireNonNull(maritalStatus, "maritalStatus");
        if (maritalStatus.hasPartner() != Identifiers.isCivilId(partnerCivilIdNumber)) {
            throw new IllegalArgumentException(
                    maritalStatus + " with partner " + partnerCivilIdNumber + " for " + civilIdNumber);
        }
        if (deathDate != null && deathDate.isBefore(birthDate)) {
            throw new IllegalArgumentException("Died before being born: " + civilIdNumber);
        }
    }

    /** A child whose birth the registry just registered: no card, no partner. */
    static Citizen newborn(String civilIdNumber, String name, LocalDate birthDate, String address) {
        return new Citizen(civilIdNumber, null, name, birthDate, address, MaritalStatus.UNMARRIED, null);
    }
}
