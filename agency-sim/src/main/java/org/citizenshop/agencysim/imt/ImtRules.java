package org.citizenshop.agencysim.imt;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.citizenshop.agencysim.common.References;
import org.citizenshop.agencysim.common.Rejected;
import org.citizenshop.agencysim.common.ServiceRequest;
import org.citizenshop.agencysim.common.ServiceRule;

/** The driving authority's services; both are for the identified citizen's own licence and record. */
final class ImtRules {

    static final String LICENCE = "IMT-LICENCE";
    static final String ADDRESS = "IMT-ADDRESS";

    /** A Portuguese licence number as printed, e.g. {@code L-1234567 8} or {@code P-123456}. */
    private static final Pattern LICENCE_NUMBER = Pattern.compile("[A-Z]{1,3}-?[0-9]{5,8}( ?[0-9])?");

    private final Clock clock;
    /** Temporary permit numbers ({@code GS-<year>-<sequence>}), never given twice in the process. */
    private final References permits = new References();

    ImtRules(Clock clock) {
        this.clock = clock;
    }

    Map<String, ServiceRule> all() {
        return Map.of(LICENCE, this::licence, ADDRESS, this::address);
    }

    private ServiceRule.Completion licence(ServiceRequest request) throws Rejected {
        applicant(request, "replace their driving licence");
        String number = request.read().text("licence.number");
        if (!LICENCE_NUMBER.matcher(number).matches()) {
            throw new Rejected(
                    Rejected.INVALID_REQUEST,
                    "licence.number must be a driving licence number such as L-1234567 8, not " + number + ".");
        }
        request.read().choice("licence.reason", List.of("LOST", "STOLEN", "DAMAGED"));
        return reference -> Map.of(
                "licence.temporaryPermit",
                permits.next("GS", LocalDate.now(clock).getYear()));
    }

    private ServiceRule.Completion address(ServiceRequest request) throws Rejected {
        applicant(request, "change the address on their driving record");
        request.read().address("address");
        return reference -> Map.of("address.imtConfirmation", reference);
    }

    private static void applicant(ServiceRequest request, String what) throws Rejected {
        if (request.applicantCivilId() == null) {
            throw new Rejected(
                    Rejected.INVALID_REQUEST,
                    "citizen.civilIdNumber is required: only an identified citizen can " + what + ".");
        }
    }
}
