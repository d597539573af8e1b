package org.citizenshop.agencysim.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "+351912345678, +351912345678",
        "912345678, +351912345678",
        "921234567, +351921234567",
        "931234567, +351931234567",
        "961234567, +351961234567",
    })
    void mobileNumbers_inEitherForm_areNormalisedWithCountryCode(String number, String normalised) {
        assertThat(MobileNumbers.normalise(number)).contains(normalised);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "213456789", // Lisbon landline
                "+351213456789",
                "941234567", // 94, 95, 97-99 are not mobile prefixes
                "951234567",
                "971234567",
                "91234567", // eight digits
                "9123456789", // ten digits
                "351912345678", // country code without +
                "00351912345678",
                "+34912345678", // Spain
                "912 345 678",
                "+351 912345678",
                "91234567a",
            })
    void anythingElse_isNotAMobileNumber(String number) {
        assertThat(MobileNumbers.normalise(number)).isEmpty();
    }
}
