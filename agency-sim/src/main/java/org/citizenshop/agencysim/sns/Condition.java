package org.citizenshop.agencysim.sns;

import org.citizenshop.agencysim.common.Identifiers;
import org.citizenshop.agencysim.common.Rejected;

/**
 * The search that a conditional create or update names: {@code identifier=<system>|<value>}, by civil ID number or by
 * SNS user number.
 */
record Condition(String system, String value) {

    /** {@code identifier=urn:pt:irn:civil-id|12345678}, as in an {@code If-None-Exist} header. */
    static Condition ofQuery(String query) throws Rejected {
        String prefix = "identifier=";
        if (!query.startsWith(prefix)) {
            throw invalid("The condition must be identifier=<system>|<value>, not " + query + ".");
        }
        return ofIdentifier(query.substring(prefix.length()));
    }

    /** {@code urn:pt:irn:civil-id|12345678}, as in the {@code identifier} search parameter. */
    static Condition ofIdentifier(String token) throws Rejected {
        int bar = token.indexOf('|');
        if (bar < 0) {
            throw invalid("The identifier must be <system>|<value>, not " + token + ".");
        }
        String system = token.substring(0, bar);
        String value = token.substring(bar + 1);
        if (Fhir.CIVIL_ID_SYSTEM.equals(system)) {
            if (!Identifiers.isCivilId(value)) {
                throw new Rejected(Rejected.INVALID_CIVIL_ID, "A civil ID number has 8 digits, not " + value + ".");
            }
        } else if (Fhir.SNS_NUMBER_SYSTEM.equals(system)) {
            if (!Identifiers.isSnsNumber(value)) {
                throw new Rejected(Rejected.INVALID_SNS_NUMBER, "An SNS user number has 9 digits, not " + value + ".");
            }
        } else {
            throw invalid("Patients are found by " + Fhir.CIVIL_ID_SYSTEM + " or " + Fhir.SNS_NUMBER_SYSTEM + ", not "
                    + system + ".");
        }
        return new Condition(system, value);
    }

    @Override
    public String toString() {
        return "identifier=" + system + "|" + value;
    }

    private static Rejected invalid(String reason) {
        return new Rejected(Rejected.INVALID_REQUEST, reason);
    }
}
