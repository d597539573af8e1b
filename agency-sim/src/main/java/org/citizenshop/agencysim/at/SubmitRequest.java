package org.citizenshop.agencysim.at;

import java.util.Map;
import org.citizenshop.agencysim.common.Identifiers;
import org.citizenshop.agencysim.common.Rejected;
import org.citizenshop.agencysim.common.ServiceRequest;

/**
 * An {@code at:SubmitRequest} as read, before its checks: what is missing or wrong in it is refused by
 * {@link #checked()} and recorded under the key like any other refusal. Two of them are the same request when all their
 * parts are equal, whatever the order of the fields or the XML formatting.
 *
 * @param problem why the element cannot be taken as it is (a field named twice), or null
 */
record SubmitRequest(
        String service,
        String shop,
        String caseReference,
        String applicantCivilId,
        Map<String, String> fields,
        String problem) {

    SubmitRequest {
        fields = Map.copyOf(fields);
    }

    ServiceRequest checked() throws Rejected {
        if (problem != null) {
            throw new Rejected(Rejected.INVALID_REQUEST, problem);
        }
        required(service, "at:service");
        required(shop, "at:shop");
        if (applicantCivilId != null && !Identifiers.isCivilId(applicantCivilId)) {
            throw new Rejected(Rejected.INVALID_CIVIL_ID, "at:applicantCivilId must be a civil ID number of 8 digits.");
        }
        return new ServiceRequest(service, shop, caseReference, applicantCivilId, fields);
    }

    private static void required(String value, String element) throws Rejected {
        if (value == null) {
            throw new Rejected(Rejected.INVALID_REQUEST, element + " is required.");
        }
    }
}
