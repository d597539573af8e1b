package org.citizenshop.agencysim.sns;

import org.citizenshop.agencysim.common.Address;

/**
 * Assigns the family health unit (USF) of an address: one per postal zone and locality, e.g. {@code USF Lisboa 1100}.
 * The same address always gets the same unit.
 */
final class HealthUnits {

    private HealthUnits() {}

    static String of(Address address) {
        String locality = address.locality();
        return locality.isEmpty() ? "USF " + address.zone() : "USF " + locality + " " + address.zone();
    }
}
