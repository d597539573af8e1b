package org.citizenshop.agencysim.irn;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citizenshop.agencysim.common.Fields;
import org.citizenshop.agencysim.common.NumberIssuer;
import org.citizenshop.agencysim.common.References;
import org.citizenshop.agencysim.common.Rejected;
import org.citizenshop.agencysim.common.ServiceRequest;
import org.citizenshop.agencysim.common.ServiceRule;

/**
 * The civil registry's services other than the citizen card, each done at once. The numbers it gives (civil ID
 * numbers, NIPCs, record numbers, access codes) come from sequences that last as long as the process.
 */
final class IrnRules {

    static final String BIRTH = "IRN-BIRTH";
    static final String ADDRESS = "IRN-ADDRESS";
    static final String CERTIFICATE = "IRN-CERT";
    static final String DEATH = "IRN-DEATH";
    static final String COMPANY = "IRN-COMPANY";
    static final String HEIRS = "IRN-HEIRS";

    /** Above the seeded citizens' numbers, so that a child never gets a seeded number. */
    static final long FIRST_CHILD_CIVIL_ID = 40_000_001L;

    static final int WORKING_DAYS_TO_DEED = 7;

    private final Clock clock;
    private final CivilRegistry registry;
    private final NumberIssuer civilIds = NumberIssuer.civilIds(FIRST_CHILD_CIVIL_ID);
    private final NumberIssuer companyNifs = NumberIssuer.nifs("5");
    private final NumberIssuer accessCodes = NumberIssuer.accessCodes();
    private final References recordNumbers = new References();

    IrnRules(Clock clock, CivilRegistry registry) {
        this.clock = clock;
        this.registry = registry;
    }

    Map<String, ServiceRule> all() {
        return Map.of(
                BIRTH, this::birth,
                ADDRESS, this::address,
                CERTIFICATE, this::certificate,
                DEATH, this::death,
                COMPANY, this::company,
                HEIRS, this::heirs);
    }

    private ServiceRule.Completion birth(ServiceRequest request) throws Rejected {
        Fields fields = request.read();
        String givenNames = fields.text("child.givenNames");
        String surnames = fields.text("child.surnames");
        RegisteredNames.check(givenNames, surnames);
        LocalDate birthDate = fields.pastDate("child.birthDate", today());
        fields.time("child.birthTime");
        fields.text("child.birthPlace");
        fields.choice("child.sex", List.of("F", "M"));
        known(fields.civilId("mother.civilId"), "mother.civilId");
        Optional<String> father = fields.optionalCivilId("father.civilId");
        if (father.isPresent()) {
            known(father.get(), "father.civilId");
        }
        fields.choice("parents.maritalStatus", List.of("MARRIED", "UNMARRIED", "CIVIL_UNION"));
        String address = fields.address("address").text();
        String name = givenNames.strip().replaceAll("\\s+", " ") + " "
                + surnames.strip().replaceAll("\\s+", " ");
        return reference -> {
            String civilId = civilIds.next();
            registry.register(Citizen.newborn(civilId, name, birthDate, address));
            return ordered("child.civilId", civilId, "birth.recordNumber", recordNumber("NASC"));
        };
    }

    private ServiceRule.Completion address(ServiceRequest request) throws Rejected {
        applicant(request, "change their address");
        request.read().address("address");
        return reference -> Map.of("address.confirmation", reference);
    }

    private ServiceRule.Completion certificate(ServiceRequest request) throws Rejected {
        applicant(request, "ask for a certificate online");
        Fields fields = request.read();
        fields.choice("cert.whose", List.of("SELF", "CHILD", "OTHER"));
        fields.optional("cert.purpose");
        return reference -> Map.of("cert.accessCode", accessCodes.next());
    }

    private ServiceRule.Completion death(ServiceRequest request) throws Rejected {
        Fields fields = request.read();
        known(fields.civilId("deceased.civilId"), "deceased.civilId");
        fields.pastDate("deceased.deathDate", today());
        fields.text("deceased.deathPlace");
        fields.choice("declarant.relation", List.of("SPOUSE", "CHILD", "PARENT", "SIBLING", "OTHER"));
        return reference -> Map.of("death.recordNumber", recordNumber("OBITO"));
    }

    private ServiceRule.Completion company(ServiceRequest request) throws Rejected {
        Fields fields = request.read();
        fields.text("company.name");
        fields.text("company.partners");
        fields.amount("company.capital");
        fields.address("company.headOffice");
        return reference -> ordered("company.nipc", companyNifs.next(), "company.certificateCode", accessCodes.next());
    }

    private ServiceRule.Completion heirs(ServiceRequest request) throws Rejected {
        Fields fields = request.read();
        known(fields.civilId("deceased.civilId"), "deceased.civilId");
        fields.personalNif("estate.administrator");
        fields.text("estate.heirs");
        fields.text("estate.assets");
        LocalDate deed = WorkingDays.after(today(), WORKING_DAYS_TO_DEED);
        return reference -> Map.of("estate.actDate", deed.toString());
    }

    /** A service only the identified citizen may ask for themself. */
    private void applicant(ServiceRequest request, String what) throws Rejected {
        if (request.applicantCivilId() == null) {
            throw new Rejected(
                    Rejected.INVALID_REQUEST,
                    "citizen.civilIdNumber is required: only an identified citizen can " + what + ".");
        }
        known(request.applicantCivilId(), "citizen.civilIdNumber");
    }

    private void known(String civilId, String key) throws Rejected {
        if (registry.find(civilId).isEmpty()) {
            throw new Rejected(
                    RejectionCode.UNKNOWN_CITIZEN.name(),
                    "No citizen with civil identification number " + civilId + " (" + key + ") is registered.");
        }
    }

    private String recordNumber(String book) {
        return recordNumbers.next(book, today().getYear());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Two outputs in the order given. */
    private static Map<String, String> ordered(String k1, String v1, String k2, String v2) {
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put(k1, v1);
        outputs.put(k2, v2);
        return outputs;
    }
}
