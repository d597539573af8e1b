package org.citizenshop.agencysim.at;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.citizenshop.agencysim.common.Fields;
import org.citizenshop.agencysim.common.NumberIssuer;
import org.citizenshop.agencysim.common.Rejected;
import org.citizenshop.agencysim.common.ServiceRequest;
import org.citizenshop.agencysim.common.ServiceRule;

/**
 * The tax authority's services. A person or an estate has one NIF: asking again for the same civil ID number, or for
 * the same deceased, gives the NIF already assigned.
 */
final class AtRules {

    static final String NIF = "AT-NIF";
    static final String ADDRESS = "AT-ADDRESS";
    static final String HOUSEHOLD = "AT-HOUSEHOLD";
    static final String COMPANY = "AT-COMPANY";
    static final String ESTATE = "AT-ESTATE";

    private final Clock clock;
    private final NumberIssuer personalNifs = NumberIssuer.nifs("2");
    private final NumberIssuer estateNifs = NumberIssuer.nifs("70");
    private final Map<String, String> nifByCivilId = new ConcurrentHashMap<>();
    private final Map<String, String> estateNifByDeceasedNif = new ConcurrentHashMap<>();

    AtRules(Clock clock) {
        this.clock = clock;
    }

    Map<String, ServiceRule> all() {
        return Map.of(
                NIF, this::nif,
                ADDRESS, this::address,
                HOUSEHOLD, this::household,
                COMPANY, this::company,
                ESTATE, this::estate);
    }

    /** Forgets who holds which NIF; the numbers themselves are never given again. */
    void reset() {
        nifByCivilId.clear();
        estateNifByDeceasedNif.clear();
    }

    private ServiceRule.Completion nif(ServiceRequest request) throws Rejected {
        Fields fields = request.read();
        String civilId = fields.civilId("child.civilId");
        fields.pastDate("child.birthDate", LocalDate.now(clock));
        fields.address("address");
        return reference -> Map.of("child.nif", nifByCivilId.computeIfAbsent(civilId, id -> personalNifs.next()));
    }

    private ServiceRule.Completion address(ServiceRequest request) throws Rejected {
        applicant(request, "change their tax address");
        request.read().address("address");
        return reference -> Map.of("address.taxConfirmation", reference);
    }

    private ServiceRule.Completion household(ServiceRequest request) throws Rejected {
        applicant(request, "add a dependant to their household");
        request.read().personalNif("child.nif");
        return reference -> Map.of("household.confirmation", reference);
    }

    private ServiceRule.Completion company(ServiceRequest request) throws Rejected {
        Fields fields = request.read();
        fields.companyNif("company.nipc");
        String activity = fields.text("company.activityCode");
        if (!activity.matches("[0-9]{5}")) {
            throw new Rejected(
                    Rejected.INVALID_REQUEST,
                    "company.activityCode must be a CAE code of 5 digits, not " + activity + ".");
        }
        fields.choice("company.accountingRegime", List.of("SIMPLIFIED", "ORGANISED"));
        return reference -> Map.of("company.activityConfirmation", reference);
    }

    private ServiceRule.Completion estate(ServiceRequest request) throws Rejected {
        Fields fields = request.read();
        String deceased = fields.personalNif("deceased.nif");
        fields.personalNif("estate.administrator");
        return reference ->
                Map.of("estate.nif", estateNifByDeceasedNif.computeIfAbsent(deceased, nif -> estateNifs.next()));
    }

    private static void applicant(ServiceRequest request, String what) throws Rejected {
        if (request.applicantCivilId() == null) {
            throw new Rejected(
                    Rejected.INVALID_REQUEST,
                    "applicantCivilId is required: only an identified citizen can " + what + ".");
        }
    }
}
