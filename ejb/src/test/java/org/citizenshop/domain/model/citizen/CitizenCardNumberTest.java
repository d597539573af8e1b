package org.citizenshop.domain.model.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citizenshop.domain.model.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenCardNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"12345678 2 ZZ6", "30000001 5 AB9", "123456782zz6"})
    void acceptsTheValidExamplesOfIdentifiersMd(String printed) {
        CitizenCardNumber number = CitizenCardNumber.of(printed);

        assertThat(number.value()).hasSize(12).isUpperCase();
        assertThat(number.civilIdNumber().value())
                .isEqualTo(printed.replace(" ", "").substring(0, 8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678 2 ZZ7", "12345678 3 ZZ6", "30000001 5 AC9"})
    void rejectsANumberWhoseCheckCharacterDoesNotMatch(String printed) {
        assertThatThrownBy(() -> CitizenCardNumber.of(printed))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    InvalidInputException invalid = (InvalidInputException) e;
                    assertThat(invalid.messageKey()).isEqualTo("validation.citizenCard.checkDigit");
                    assertThat(invalid.field()).isEqualTo("documentNumber");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234567", "12345678 2 Z6", "ABCDEFGH 2 ZZ6", "12345678 2 ZZ"})
    void rejectsSomethingShapedOtherwise(String text) {
        assertThatThrownBy(() -> CitizenCardNumber.of(text))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("validation.citizenCard.format");
    }

    @org.junit.jupiter.api.Test
    void printed_groupsAsOnTheCard() {
        assertThat(CitizenCardNumber.of("300000015AB9").printed()).isEqualTo("30000001 5 AB9");
    }

    @org.junit.jupiter.api.Test
    void civilIdNumber_hasEightDigits() {
        assertThat(CivilIdNumber.of("1234 5678").value()).isEqualTo("12345678");
        assertThatThrownBy(() -> CivilIdNumber.of("1234567")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CivilIdNumber.of("1234567A")).isInstanceOf(InvalidInputException.class);
    }
}
