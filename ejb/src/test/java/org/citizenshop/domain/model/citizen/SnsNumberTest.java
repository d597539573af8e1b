package org.citizenshop.domain.model.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citizenshop.domain.model.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SnsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "000000000", "987654321"})
    void acceptsAnyNineDigits_sinceThereIsNoPublicCheckDigit(String text) {
        assertThat(SnsNumber.of(text).value()).isEqualTo(text);
        assertThat(SnsNumber.of(text).toString()).isEqualTo(text);
    }

    @Test
    void spacesTypedBetweenDigitsAreDropped() {
        assertThat(SnsNumber.of(" 123 456 789")).isEqualTo(SnsNumber.of("123456789"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12345678", "1234567890", "12345678X", "123.456.789"})
    void rejectsAnythingButNineDigits(String text) {
        assertThatThrownBy(() -> SnsNumber.of(text)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("validation.sns.format");
            assertThat(e.field()).isEqualTo("snsNumber");
        });
    }
}
