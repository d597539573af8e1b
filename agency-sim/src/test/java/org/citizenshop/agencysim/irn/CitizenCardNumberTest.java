package org.citizenshop.agencysim.irn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenCardNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"123456782ZZ6", "300000015AB9"})
    void identifiersExamples_areValid(String number) {
        assertThat(CitizenCardNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456782ZZ7", "123456782ZY6", "123456783ZZ6", "223456782ZZ6", "300000015BA9"})
    void oneChangedCharacter_failsTheCheck(String number) {
        assertThat(CitizenCardNumber.isValid(number)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12345678 2 ZZ6", "123456782zz6", "123456782ZZ", "123456782ZZ60", "1234567A2ZZ6"})
    void numberNotInTheSentShape_isInvalid(String number) {
        assertThat(CitizenCardNumber.isValid(number)).isFalse();
    }

    @Test
    void civilIdNumber_isTheFirstEightDigits() {
        assertThat(CitizenCardNumber.civilIdNumberOf("300000015AB9")).isEqualTo("30000001");
    }
}
