package org.citizenshop.agencysim.cml;

import java.util.Map;
import java.util.Optional;
import org.citizenshop.agencysim.common.Address;
import org.citizenshop.agencysim.common.Outcome;
import org.citizenshop.agencysim.common.Rejected;
import org.citizenshop.agencysim.common.ServiceRequest;
import org.citizenshop.agencysim.common.ServiceRule;

/**
 * The municipality's one service, CML-ADDRESS. A request that reads well is acknowledged at once; whether the
 * municipality can take the address is told later, in the callback: it is the municipality of Lisboa, whose postal
 * codes start with 1.
 */
final class CmlRules {

    static final String ADDRESS = "CML-ADDRESS";
    static final String OUTSIDE_MUNICIPALITY = "OUTSIDE_MUNICIPALITY";

    private CmlRules() {}

    static Map<String, ServiceRule> all() {
        return Map.of(ADDRESS, CmlRules::address);
    }

    private static ServiceRule.Completion address(ServiceRequest request) throws Rejected {
        if (request.applicantCivilId() == null) {
            throw new Rejected(
                    Rejected.INVALID_REQUEST,
                    "citizen.civilIdNumber is required: only an identified citizen can change their address.");
        }
        request.read().address("address");
        return reference -> Map.of("address.municipalConfirmation", reference);
    }

    /** What the callback will refuse of a request acknowledged; empty when it will be completed. */
    static Optional<Outcome.Refused> laterRefusal(ServiceRequest request) {
        try {
            Address address = request.read().address("address");
            if (address.postalCode().charAt(0) != '1') {
                return Optional.of(new Outcome.Refused(
                        OUTSIDE_MUNICIPALITY,
                        "The address " + address.postalCode() + " is outside the municipality of Lisboa (postal"
                                + " codes 1000-000 to 1999-999): ask the municipality of the new address."));
            }
            return Optional.empty();
        } catch (Rejected unreadable) {
            // Not acknowledged in the first place.
            return Optional.empty();
        }
    }
}
