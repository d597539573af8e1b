package org.citizenshop.domain.model.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citizenshop.domain.model.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"912345678", "912 345 678", "+351912345678", "00351 912-345-678", "351.912.345.678"})
    void theWaysPeopleWriteANumber_allGiveTheInternationalForm(String written) {
        assertThat(MobileNumber.of(written).value()).isEqualTo("+351912345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"921234567", "931234567", "961234567"})
    void everyPortugueseMobileNetworkIsAccepted(String written) {
        assertThat(MobileNumber.of(written).value()).startsWith("+3519").hasSize(13);
    }

    @ParameterizedTest
    @ValueSource(strings = {"213456789", "941234567", "91234567", "9123456789", "+34912345678", "91234567a", ""})
    void landlinesForeignNumbersAndTyposAreRefused(String written) {
        assertThatThrownBy(() -> MobileNumber.of(written))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    assertThat(((InvalidInputException) e).messageKey()).isEqualTo("validation.mobile.format");
                    assertThat(((InvalidInputException) e).field()).isEqualTo("contact");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"912345678"})
    void theMaskedFormHidesTheMiddleDigits(String written) {
        assertThat(MobileNumber.of(written).masked()).isEqualTo("+351 91*****78");
    }
}
