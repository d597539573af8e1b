package org.citizenshop.agencysim.irn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.citizenshop.agencysim.common.Identifiers;
import org.junit.jupiter.api.Test;

class CivilRegistryTest {

    @Test
    void generator_reproducesTheIdentifiersExamples() {
        assertThat(CitizenCardNumbers.withCheckDigit("123456782ZZ")).isEqualTo("123456782ZZ6");
        assertThat(CitizenCardNumbers.withCheckDigit("300000015AB")).isEqualTo("300000015AB9");
    }

    @Test
    void seededDocumentNumbers_carryTheGeneratedCheckDigitAndPassTheCheck() {
        assertThat(CivilRegistry.SEED).hasSizeGreaterThanOrEqualTo(5).allSatisfy(citizen -> {
            String number = citizen.documentNumber();
            assertThat(number).isEqualTo(CitizenCardNumbers.withCheckDigit(number.substring(0, 11)));
            assertThat(CitizenCardNumber.isValid(number)).isTrue();
            assertThat(CitizenCardNumber.civilIdNumberOf(number)).isEqualTo(citizen.civilIdNumber());
        });
    }

    @Test
    void seed_holdsTheIdentifiersExamples() {
        CivilRegistry registry = CivilRegistry.seeded();

        assertThat(registry.find("12345678")).map(Citizen::documentNumber).contains("123456782ZZ6");
        assertThat(registry.find("30000001")).map(Citizen::documentNumber).contains("300000015AB9");
    }

    @Test
    void unknownCivilIdNumber_isNotFound() {
        assertThat(CivilRegistry.seeded().find("99999999")).isEmpty();
    }

    @Test
    void seededPartners_nameEachOther_shareTheirStatus_andLiveAtTheSameAddress() {
        Map<String, Citizen> seed =
                CivilRegistry.SEED.stream().collect(Collectors.toMap(Citizen::civilIdNumber, Function.identity()));

        assertThat(seed.get("12345678").maritalStatus()).isEqualTo(MaritalStatus.MARRIED);
        assertThat(seed.get("12345678").partnerCivilIdNumber()).isEqualTo("30000001");
        assertThat(seed.get("30000002").maritalStatus()).isEqualTo(MaritalStatus.CIVIL_UNION);
        assertThat(seed.get("30000002").partnerCivilIdNumber()).isEqualTo("30000003");
        assertThat(seed.values()).allSatisfy(citizen -> {
            if (citizen.maritalStatus().hasPartner()) {
                Citizen partner = seed.get(citizen.partnerCivilIdNumber());
                assertThat(partner.partnerCivilIdNumber()).isEqualTo(citizen.civilIdNumber());
                assertThat(partner.maritalStatus()).isEqualTo(citizen.maritalStatus());
                assertThat(partner.address()).isEqualTo(citizen.address());
            }
        });
        assertThat(seed.get("30000004").maritalStatus()).isEqualTo(MaritalStatus.UNMARRIED);
        assertThat(seed.get("30000005").maritalStatus()).isEqualTo(MaritalStatus.UNMARRIED);
    }

    @Test
    void seededAddresses_areInLisbon_withAValidPostalCode() {
        assertThat(CivilRegistry.SEED).allSatisfy(citizen -> {
            assertThat(Identifiers.postalCodeIn(citizen.address())).startsWith("1");
            assertThat(citizen.address()).endsWith(" Lisboa");
        });
    }

    @Test
    void aRecord_mustBeConsistent() {
        LocalDate born = LocalDate.of(1990, 1, 1);
        String address = "Rua Augusta 10, 1100-053 Lisboa";

        assertThatThrownBy(() -> new Citizen("30000009", null, "Ana", born, address, MaritalStatus.MARRIED, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> new Citizen("30000009", null, "Ana", born, address, MaritalStatus.UNMARRIED, "30000001"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Citizen(
                        "30000009", null, "Ana", born, "Rua Augusta 10, Lisboa", MaritalStatus.UNMARRIED, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Citizen.newborn("40000001", "Ana", born, address).maritalStatus())
                .isEqualTo(MaritalStatus.UNMARRIED);
    }
}
