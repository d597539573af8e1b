package org.citizenshop.agencysim.iss;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.citizenshop.agencysim.common.Fields;
import org.citizenshop.agencysim.common.NumberIssuer;
import org.citizenshop.agencysim.common.Rejected;
import org.citizenshop.agencysim.common.ServiceRequest;
import org.citizenshop.agencysim.common.ServiceRule;

/**
 * The social security's services. A person or an employer has one NISS: asking again for the same civil ID number, or
 * for the same NIPC, gives the NISS already assigned. Benefit figures are demo values.
 */
final class IssRules {

    static final String NISS = "ISS-NISS";
    static final String CHILD_BENEFIT = "ISS-CHILD";
    static final String ADDRESS = "ISS-ADDRESS";
    static final String DEATH_GRANT = "ISS-DEATHGRANT";
    static final String EMPLOYER = "ISS-EMPLOYER";

    /** Monthly child benefit per household income bracket 1 to 4 (demo); bracket 5 is above every threshold. */
    private static final Map<String, String> CHILD_BENEFIT_BY_BRACKET =
            Map.of("1", "150.00", "2", "124.00", "3", "97.00", "4", "59.00");

    private static final String DEATH_GRANT_AMOUNT = "1611.39";

    private final NumberIssuer personNiss = NumberIssuer.niss("1");
    private final NumberIssuer employerNiss = NumberIssuer.niss("2");
    private final Map<String, String> nissByCivilId = new ConcurrentHashMap<>();
    private final Map<String, String> nissByNipc = new ConcurrentHashMap<>();

    Map<String, ServiceRule> all() {
        return Map.of(
                NISS, this::niss,
                CHILD_BENEFIT, this::childBenefit,
                ADDRESS, this::address,
                DEATH_GRANT, this::deathGrant,
                EMPLOYER, this::employer);
    }

    /** Forgets who holds which NISS; the numbers themselves are never given again. */
    void reset() {
        nissByCivilId.clear();
        nissByNipc.clear();
    }

    private ServiceRule.Completion niss(ServiceRequest request) throws Rejected {
        Fields fields = request.read();
        String civilId = fields.civilId("child.civilId");
        fields.personalNif("child.nif");
        return reference -> Map.of("child.niss", nissByCivilId.computeIfAbsent(civilId, id -> personNiss.next()));
    }

    private ServiceRule.Completion childBenefit(ServiceRequest request) throws Rejected {
        Fields fields = request.read();
        fields.niss("child.niss", '1');
        String bracket = fields.choice("household.incomeBracket", List.of("1", "2", "3", "4", "5"));
        fields.iban("iban");
        String amount = CHILD_BENEFIT_BY_BRACKET.get(bracket);
        String decision = amount == null
                ? "REFUSED: the household income is above the 4th bracket"
                : "GRANTED: " + amount + " EUR per month";
        return reference -> Map.of("childBenefit.decision", decision);
    }

    private ServiceRule.Completion address(ServiceRequest request) throws Rejected {
        if (request.applicantCivilId() == null) {
            throw new Rejected(
                    Rejected.INVALID_REQUEST,
                    "applicant_civil_id is required: only an identified citizen can change their address.");
        }
        request.read().address("address");
        return reference -> Map.of("address.ssConfirmation", reference);
    }

    private ServiceRule.Completion deathGrant(ServiceRequest request) throws Rejected {
        Fields fields = request.read();
        fields.niss("deceased.niss", '1');
        String relation = fields.choice("applicant.relation", List.of("SPOUSE", "CHILD", "PARENT", "OTHER"));
        fields.iban("iban");
        String decision = "OTHER".equals(relation)
                ? "REFUSED: only the spouse, a child or a parent is entitled to the death grant"
                : "GRANTED: " + DEATH_GRANT_AMOUNT + " EUR";
        return reference -> Map.of("deathGrant.decision", decision);
    }

    private ServiceRule.Completion employer(ServiceRequest request) throws Rejected {
        Fields fields = request.read();
        String nipc = fields.companyNif("company.nipc");
        fields.date("company.startDate");
        return reference -> Map.of("company.employerNiss", nissByNipc.computeIfAbsent(nipc, n -> employerNiss.next()));
    }
}
