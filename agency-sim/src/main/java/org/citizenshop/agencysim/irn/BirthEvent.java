package org.citizenshop.agencysim.irn;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * {@code BIRTH_REGISTERED}: what the civil registry tells the shop of a birth registered elsewhere, in the order of
 * {@code agency-interfaces.md}. {@code father} is left out when there is none.
 */
record BirthEvent(
        String eventId,
        String type,
        Instant registeredAt,
        String agencyReference,
        String birthRecordNumber,
        Child child,
        Parent mother,
        @JsonInclude(JsonInclude.Include.NON_NULL) Parent father,
        String parentsMaritalStatus,
        String address) {

    static final String BIRTH_REGISTERED = "BIRTH_REGISTERED";

    record Child(
            String civilId,
            String givenNames,
            String surnames,
            String birthDate,
            String birthTime,
            String birthPlace,
            String sex) {}

    /** A parent, with the mobile number the maternity took to tell him of what follows (left out when none). */
    record Parent(String civilId, @JsonInclude(JsonInclude.Include.NON_NULL) String mobile) {}
}
