package org.citizenshop.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citizenshop.application.port.CivilRegistry;
import org.citizenshop.application.port.HealthRegistry;
import org.citizenshop.application.port.RegistryUnavailableException;
import org.citizenshop.application.port.SocialSecurityRegistry;
import org.citizenshop.application.port.TaxRegistry;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.LocalizedText;
import org.citizenshop.domain.model.catalogue.FieldType;
import org.citizenshop.domain.model.catalogue.ServiceField;
import org.citizenshop.domain.model.privacy.PersonalData;
import org.junit.jupiter.api.Test;

/** Which registry is asked about whom for a form's fields, and what a registry that does not answer leaves. */
class RegistryPrefillTest {

    private static final String DECLARANT = "30000005";
    private static final String DECEASED = "30000006";

    /** Who was asked: "AGENCY civilId". */
    private final List<String> asked = new ArrayList<>();

    private final Set<String> down = new java.util.HashSet<>();

    private static ServiceField field(String key, String prefillFrom, boolean locked) {
        return new ServiceField(
                key,
                FieldType.TEXT,
                new LocalizedText(key, key),
                key.split("\\.")[0],
                true,
                prefillFrom,
                locked,
                List.of(),
                1);
    }

    /** The DEATH bundle's prefilled fields, and one the shop cannot read (IMT). */
    private static final List<ServiceField> DEATH = List.of(
            field("deceased.civilId", null, false),
            field("deceased.nif", "AT", true),
            field("deceased.niss", "ISS", true),
            field("deceased.snsNumber", "SNS", true),
            field("licence.number", "IMT", false));

    private void ask(String agency, String civilId) {
        asked.add(agency + " " + civilId);
        if (down.contains(agency)) {
            throw new RegistryUnavailableException(agency, "it answered HTTP 503");
        }
    }

    private final CivilRegistry civil = (civilId, purpose, correlationId) -> {
        ask("IRN", civilId);
        return civilId.equals("12345678")
                ? Optional.of(new CivilRegistry.Record(
                        civilId,
                        "Cidadã Exemplo Um",
                        LocalDate.of(1985, 3, 14),
                        "Rua Augusta 10, 1100-053 Lisboa",
                        "MARRIED",
                        "30000001"))
                : Optional.empty();
    };
    private final TaxRegistry tax = (civilId, purpose, correlationId) -> {
        ask("AT", civilId);
        return civilId.equals(DECEASED)
                ? Optional.of(new TaxRegistry.Taxpayer(civilId, "130000060", 4))
                : Optional.of(new TaxRegistry.Taxpayer(civilId, "123456789", 3));
    };
    private final SocialSecurityRegistry socialSecurity = (civilId, purpose, correlationId) -> {
        ask("ISS", civilId);
        return civilId.equals(DECEASED)
                ? Optional.of(new SocialSecurityRegistry.Beneficiary(civilId, "12000000062"))
                : Optional.empty();
    };
    private final HealthRegistry health = (civilId, purpose, correlationId) -> {
        ask("SNS", civilId);
        return Optional.of(new HealthRegistry.User(civilId, "300000066"));
    };

    private final RegistryPrefill prefill = new RegistryPrefill(civil, tax, socialSecurity, health);

    private RegistryPrefill.Result read(List<ServiceField> fields, Map<String, String> typed) {
        return prefill.read(fields, agency -> true, DECLARANT, typed, "prefill DEATH", "corr-1");
    }

    @Test
    void theDeceasedsNumbers_areLookedUpForTheDeceasedTyped_eachRegistryOnce_andLocked() {
        RegistryPrefill.Result result = read(DEATH, Map.of("deceased.civilId", " " + DECEASED + " "));

        assertThat(asked).containsExactly("AT " + DECEASED, "ISS " + DECEASED, "SNS " + DECEASED);
        assertThat(result.values())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "deceased.nif", "130000060",
                        "deceased.niss", "12000000062",
                        "deceased.snsNumber", "300000066"));
        assertThat(result.sources())
                .containsEntry("deceased.nif", "AT")
                .containsEntry("deceased.niss", "ISS")
                .containsEntry("deceased.snsNumber", "SNS");
        assertThat(result.locked()).containsExactlyInAnyOrder("deceased.nif", "deceased.niss", "deceased.snsNumber");
        assertThat(result.lookedUp()).containsOnlyKeys(DECEASED);
        assertThat(result.lookedUp().get(DECEASED))
                .containsExactlyInAnyOrder(PersonalData.IDENTITY, PersonalData.INCOME);
        assertThat(result.unavailable()).isEmpty();
        assertThat(result.fillFirst()).isEmpty();
    }

    @Test
    void withoutTheDeceasedsNumber_nobodyIsGuessed_andTheAnswerSaysWhatToFillFirst() {
        RegistryPrefill.Result result = read(DEATH, Map.of("deceased.civilId", "  "));

        assertThat(asked).isEmpty();
        assertThat(result.values()).isEmpty();
        assertThat(result.fillFirst()).containsExactly("deceased.civilId");
    }

    @Test
    void aDeceasedsNumberThatIsNotOne_isRefusedAtItsField() {
        assertThatThrownBy(() -> read(DEATH, Map.of("deceased.civilId", "3000000X")))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.field())
                        .isEqualTo("deceased.civilId"));
        assertThat(asked).isEmpty();
    }

    @Test
    void aRegistryDown_leavesTheOthersValues_andIsNamed() {
        down.add("ISS");

        RegistryPrefill.Result result = read(DEATH, Map.of("deceased.civilId", DECEASED));

        assertThat(result.values()).containsOnlyKeys("deceased.nif", "deceased.snsNumber");
        assertThat(result.unavailable()).containsExactly("ISS");
        assertThat(result.lookedUp()).containsOnlyKeys(DECEASED);
    }

    @Test
    void everyRegistryDown_isTheFirstFailure() {
        down.addAll(Set.of("AT", "ISS", "SNS"));

        assertThatThrownBy(() -> read(DEATH, Map.of("deceased.civilId", DECEASED)))
                .isInstanceOfSatisfying(
                        RegistryUnavailableException.class,
                        unavailable -> assertThat(unavailable.agency()).isEqualTo("AT"));
        assertThat(asked).hasSize(3);
    }

    @Test
    void onlyTheRegistriesTheConsentAllows_areAsked() {
        RegistryPrefill.Result result = prefill.read(
                DEATH,
                agency -> agency.equals("SNS"),
                DECLARANT,
                Map.of("deceased.civilId", DECEASED),
                "prefill DEATH",
                "corr-1");

        assertThat(asked).containsExactly("SNS " + DECEASED);
        assertThat(result.values()).containsOnlyKeys("deceased.snsNumber");
    }

    @Test
    void aRegistryThatKnowsNobody_isNotKnown_notAnError() {
        RegistryPrefill.Result result =
                read(List.of(field("deceased.niss", "ISS", true)), Map.of("deceased.civilId", "99999999"));

        assertThat(result.values()).isEmpty();
        assertThat(result.notKnown()).containsExactly("ISS");
        assertThat(result.lookedUp()).containsOnlyKeys("99999999");
    }

    @Test
    void theSubjectsOwnFields_areHisFromEachRegistry_oneEntryPerPerson_andThePartnerNamed() {
        List<ServiceField> birth = List.of(
                field("mother.civilId", "IRN", false),
                field("father.civilId", "IRN", false),
                field("parents.maritalStatus", "IRN", true),
                field("address", "IRN", false),
                field("household.incomeBracket", "AT", false));

        RegistryPrefill.Result result = prefill.read(
                birth, agency -> true, "12345678", Map.of("mother.civilId", "12345678"), "prefill BIRTH", "corr-2");

        assertThat(asked).containsExactly("IRN 12345678", "AT 12345678");
        assertThat(result.values())
                .containsEntry("father.civilId", "30000001")
                .containsEntry("parents.maritalStatus", "MARRIED")
                .containsEntry("address", "Rua Augusta 10, 1100-053 Lisboa")
                .containsEntry("household.incomeBracket", "3");
        assertThat(result.locked()).containsExactly("parents.maritalStatus");
        assertThat(result.lookedUp()).containsOnlyKeys("12345678");
        assertThat(result.lookedUp().get("12345678"))
                .contains(PersonalData.ADDRESS, PersonalData.FAMILY, PersonalData.INCOME);
        assertThat(result.partnerNamed()).isEqualTo("30000001");
    }
}
