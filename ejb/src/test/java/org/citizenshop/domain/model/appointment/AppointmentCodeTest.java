package org.citizenshop.domain.model.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.citizenshop.domain.model.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppointmentCodeTest {

    @Test
    void generatedCodes_haveTheShapeOfACode_withoutConfusableCharacters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            String code = AppointmentCode.generate().value();
            assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}").doesNotContain("O", "I", "L", "0", "1");
            seen.add(code);
        }
        assertThat(seen).hasSizeGreaterThan(4_990);
    }

    @ParameterizedTest
    @ValueSource(strings = {"k7mq-3xhd", "K7MQ3XHD", " k7mq 3xhd "})
    void aCodeIsReadHoweverItIsTyped(String typed) {
        assertThat(AppointmentCode.of(typed).value()).isEqualTo("K7MQ-3XHD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"K7MQ-3XH", "K7MQ-3XHDD", "O0I1-L234", "K7MQ_3XHD", ""})
    void anythingElseIsRefusedWithATranslatedMessage(String typed) {
        assertThatThrownBy(() -> AppointmentCode.of(typed))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("appointment.code");
    }
}
