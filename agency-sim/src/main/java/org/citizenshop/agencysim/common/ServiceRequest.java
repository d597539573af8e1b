package org.citizenshop.agencysim.common;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One task as every agency reads it, whatever its wire format: the service, the shop, the case, the applicant's civil
 * ID number when the citizen is identified (else null) and the flat fields. Two requests are the same when all of this
 * is equal, which is what a replay means; the order of the fields plays no part.
 */
public record ServiceRequest(
        String service, String shop, String caseReference, String applicantCivilId, Map<String, String> fields) {

    public ServiceRequest {
        fields = Collections.unmodifiableMap(new TreeMap<>(fields));
    }

    /** The fields with the checks of {@code identifiers.md}. */
    public Fields read() {
        return new Fields(fields);
    }
}
