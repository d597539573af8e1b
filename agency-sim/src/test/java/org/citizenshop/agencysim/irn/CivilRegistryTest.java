package org.citizenshop.agencysim.irn;

import static org.assertj.core.api.Assertions.assertThat;

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
}
