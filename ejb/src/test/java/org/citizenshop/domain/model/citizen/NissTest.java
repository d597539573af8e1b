package org.citizenshop.domain.model.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.citizenshop.domain.model.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NissTest {

    private static final int[] WEIGHTS = {29, 23, 19, 17, 13, 11, 7, 5, 3, 2};

    /** The check digit as identifiers.md states it. */
    private static int checkDigit(String firstTen) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += Character.digit(firstTen.charAt(i), 10) * WEIGHTS[i];
        }
        return 9 - sum % 10;
    }

    private static void assertRejected(ThrowingCallable parse, String messageKey) {
        assertThatThrownBy(parse).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(messageKey);
            assertThat(e.field()).isEqualTo("niss");
        });
    }

    @ParameterizedTest
    @CsvSource({"16613186097, true", "21390996030, false"})
    void acceptsTheValidExamplesOfIdentifiersMd(String text, boolean person) {
        Niss niss = Niss.of(text);

        assertThat(niss.value()).isEqualTo(text);
        assertThat(niss.toString()).isEqualTo(text);
        assertThat(niss.isPerson()).isEqualTo(person);
    }

    @Test
    void spacesTypedBetweenDigitsAreDropped() {
        assertThat(Niss.of("166 1318 6097")).isEqualTo(Niss.of("16613186097"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1661318609", "166131860970", "1661318609A", "16613-186097"})
    void rejectsAnythingButElevenDigits(String text) {
        assertRejected(() -> Niss.of(text), "validation.niss.format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "3", "9"})
    void rejectsAFirstDigitOtherThan1Or2_namingIt(String first) {
        String body = first + "661318609";
        String number = body + checkDigit(body);

        assertRejected(() -> Niss.of(number), "validation.niss.firstDigit");
        assertThatThrownBy(() -> Niss.of(number))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.arguments())
                        .containsExactly(first));
    }

    @Test
    void rejectsAWrongCheckDigit() {
        assertRejected(() -> Niss.of("16613186098"), "validation.niss.checkDigit");
        assertRejected(() -> Niss.of("21390996031"), "validation.niss.checkDigit");
    }

    @Test
    void forRandomBodies_theComputedCheckDigitIsAcceptedAndEveryOtherLastDigitRefused() {
        Random random = new Random(20_261_127L);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder body = new StringBuilder().append(1 + random.nextInt(2));
            while (body.length() < 10) {
                body.append(random.nextInt(10));
            }
            int check = checkDigit(body.toString());
            for (int last = 0; last <= 9; last++) {
                String number = body.toString() + last;
                if (last == check) {
                    assertThat(Niss.of(number).isPerson()).isEqualTo(number.startsWith("1"));
                } else {
                    assertRejected(() -> Niss.of(number), "validation.niss.checkDigit");
                }
            }
        }
    }
}
