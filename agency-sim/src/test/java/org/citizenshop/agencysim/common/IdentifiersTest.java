package org.citizenshop.agencysim.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "252601815", "559083017"})
    void identifiersExamples_areValidNifs(String nif) {
        assertThat(Identifiers.isNif(nif)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456780", "12345678", "423456784", "1234567890", "12345678a", ""})
    void identifiersCounterExamples_areNoNifs(String nif) {
        assertThat(Identifiers.isNif(nif)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"16613186097", "21390996030"})
    void identifiersExamples_areValidNiss(String niss) {
        assertThat(Identifiers.isNiss(niss)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"16613186098", "36613186097", "1661318609", "166131860970"})
    void wrongCheckDigitFirstDigitOrLength_isNoNiss(String niss) {
        assertThat(Identifiers.isNiss(niss)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "'Rua Augusta 1, 1100-053 Lisboa', 1100-053",
        "'1000-001', 1000-001",
        "'Rua X 12345-678 Lisboa', ''",
        "'Rua X, 0100-001 Lisboa', ''",
        "'Rua X, 1100 053 Lisboa', ''",
    })
    void postalCode_isFoundInAnAddressLine(String address, String expected) {
        assertThat(Identifiers.postalCodeIn(address)).isEqualTo(expected.isEmpty() ? null : expected);
    }

    @ParameterizedTest
    @CsvSource({"12345678, true", "1234567, false", "1234567a, false", "123456789, false"})
    void civilId_isEightDigits(String text, boolean valid) {
        assertThat(Identifiers.isCivilId(text)).isEqualTo(valid);
    }
}
