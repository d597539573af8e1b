package org.citizenshop.agencysim.irn;

/** A person's civil status as the registry records it; the first two have a partner. */
enum MaritalStatus {
    MARRIED,
    CIVIL_UNION,
    UNMARRIED;

    boolean hasPartner() {
        return this != UNMARRIED;
    }
}
