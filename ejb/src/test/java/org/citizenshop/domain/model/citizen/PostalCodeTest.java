package org.citizenshop.domain.model.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citizenshop.domain.model.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostalCodeTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"1000-001|1000-001", "'  4700-123 '|4700-123", "9999-999|9999-999", "1000001|1000-001"})
    void acceptsNNNN_NNN_withTheHyphenInTheValue(String text, String value) {
        assertThat(PostalCode.of(text).value()).isEqualTo(value);
        assertThat(PostalCode.of(text).toString()).isEqualTo(value);
    }

    @Test
    void zone_isTheFirstFourDigits() {
        assertThat(PostalCode.of("4700-123").zone()).isEqualTo("4700");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "0123-456",
                "1000-01",
                "100-001",
                "10000-001",
                "1000_001",
                "1000 001",
                "A000-001",
                "1000-001 Lisboa"
            })
    void rejectsAnythingElse(String text) {
        assertThatThrownBy(() -> PostalCode.of(text)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("validation.postalCode.format");
            assertThat(e.field()).isEqualTo("postalCode");
        });
    }
}
