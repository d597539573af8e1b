package org.citizenshop.domain.model.citizen;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citizenshop.domain.model.citizen.NifHolderKind.CIVIL_SOCIETY;
import static org.citizenshop.domain.model.citizen.NifHolderKind.COMPANY;
import static org.citizenshop.domain.model.citizen.NifHolderKind.CONDOMINIUM_OR_IRREGULAR_COMPANY;
import static org.citizenshop.domain.model.citizen.NifHolderKind.ESTATE;
import static org.citizenshop.domain.model.citizen.NifHolderKind.EXCEPTIONAL_REGIME;
import static org.citizenshop.domain.model.citizen.NifHolderKind.INDIVIDUAL;
import static org.citizenshop.domain.model.citizen.NifHolderKind.INVESTMENT_FUND;
import static org.citizenshop.domain.model.citizen.NifHolderKind.NON_RESIDENT_COMPANY;
import static org.citizenshop.domain.model.citizen.NifHolderKind.NON_RESIDENT_INDIVIDUAL;
import static org.citizenshop.domain.model.citizen.NifHolderKind.NON_RESIDENT_WITHOUT_ESTABLISHMENT;
import static org.citizenshop.domain.model.citizen.NifHolderKind.OFFICIOUS_ASSIGNMENT;
import static org.citizenshop.domain.model.citizen.NifHolderKind.PUBLIC_BODY;
import static org.citizenshop.domain.model.citizen.NifHolderKind.SOLE_TRADER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.citizenshop.domain.model.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NifTest {

    /** The holder kinds of identifiers.md, written out again so that the test does not trust the enum. */
    private static final Map<String, NifHolderKind> KIND_BY_PREFIX = Map.ofEntries(
            entry("1", INDIVIDUAL),
            entry("2", INDIVIDUAL),
            entry("3", INDIVIDUAL),
            entry("45", NON_RESIDENT_INDIVIDUAL),
            entry("5", COMPANY),
            entry("6", PUBLIC_BODY),
            entry("70", ESTATE),
            entry("71", NON_RESIDENT_COMPANY),
            entry("72", INVESTMENT_FUND),
            entry("74", ESTATE),
            entry("75", ESTATE),
            entry("77", OFFICIOUS_ASSIGNMENT),
            entry("79", EXCEPTIONAL_REGIME),
            entry("8", SOLE_TRADER),
            entry("90", CONDOMINIUM_OR_IRREGULAR_COMPANY),
            entry("91", CONDOMINIUM_OR_IRREGULAR_COMPANY),
            entry("98", NON_RESIDENT_WITHOUT_ESTABLISHMENT),
            entry("99", CIVIL_SOCIETY));

    /** The check digit as identifiers.md states it. */
    private static int checkDigit(String firstEight) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(firstEight.charAt(i), 10) * (9 - i);
        }
        int r = sum % 11;
        return r < 2 ? 0 : 11 - r;
    }

    private static void assertRejected(ThrowingCallable parse, String messageKey) {
        assertThatThrownBy(parse).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(messageKey);
            assertThat(e.field()).isEqualTo("nif");
        });
    }

    @ParameterizedTest
    @CsvSource({"123456789, INDIVIDUAL", "252601815, INDIVIDUAL", "559083017, COMPANY"})
    void acceptsTheValidExamplesOfIdentifiersMd(String text, NifHolderKind kind) {
        Nif nif = Nif.of(text);

        assertThat(nif.value()).isEqualTo(text);
        assertThat(nif.toString()).isEqualTo(text);
        assertThat(nif.holderKind()).isEqualTo(kind);
    }

    @Test
    void spacesTypedBetweenDigitsAreDropped() {
        assertThat(Nif.of(" 123 456 789 ")).isEqualTo(Nif.of("123456789"));
    }

    @Test
    void rejectsTheExampleWithAWrongCheckDigit() {
        assertRejected(() -> Nif.of("123456780"), "validation.nif.checkDigit");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12345678", "1234567890", "12345678A", "123-456-789", "１２３４５６７８９"})
    void rejectsAnythingButNineDigits(String text) {
        assertRejected(() -> Nif.of(text), "validation.nif.format");
    }

    @Test
    void rejectsALone4_evenWithTheRightCheckDigit() {
        assertThatThrownBy(() -> Nif.of("423456784")).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("validation.nif.holderKind");
            assertThat(e.arguments()).containsExactly("42");
        });
    }

    @Test
    void everyTwoDigitStart_isAcceptedExactlyWhenItBeginsWithAHolderKindsPrefix() {
        for (int start = 0; start < 100; start++) {
            String prefix = "%02d".formatted(start);
            String body = prefix + "345678";
            String number = body + checkDigit(body);
            NifHolderKind expected = KIND_BY_PREFIX.getOrDefault(prefix, KIND_BY_PREFIX.get(prefix.substring(0, 1)));

            if (expected == null) {
                assertRejected(() -> Nif.of(number), "validation.nif.holderKind");
            } else {
                assertThat(Nif.of(number).holderKind()).as(number).isEqualTo(expected);
            }
        }
    }

    @Test
    void forRandomBodies_theComputedCheckDigitIsAcceptedAndEveryOtherLastDigitRefused() {
        Random random = new Random(20_261_127L);
        List<String> prefixes = new ArrayList<>(KIND_BY_PREFIX.keySet());
        prefixes.sort(null);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder body = new StringBuilder(prefixes.get(random.nextInt(prefixes.size())));
            while (body.length() < 8) {
                body.append(random.nextInt(10));
            }
            int check = checkDigit(body.toString());
            for (int last = 0; last <= 9; last++) {
                String number = body.toString() + last;
                if (last == check) {
                    assertThat(Nif.of(number).value()).isEqualTo(number);
                } else {
                    assertRejected(() -> Nif.of(number), "validation.nif.checkDigit");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"100000010", "100000070", "500000000"})
    void aRemainderOfZeroOrOne_givesCheckDigitZero(String number) {
        assertThat(Nif.of(number).value()).endsWith("0");
    }

    @ParameterizedTest
    @CsvSource({
        "123456789, true",
        "252601815, true",
        "300000006, true",
        "453456782, true",
        "559083017, false",
        "600000001, false",
        "800000005, false",
        "999999990, false"
    })
    void isIndividual_onlyForPeoplesOwnNumbers(String number, boolean individual) {
        // The test's own formula, so that a wrong example fails here and not as a "not individual".
        assertThat(checkDigit(number.substring(0, 8))).isEqualTo(number.charAt(8) - '0');

        assertThat(Nif.of(number).isIndividual()).isEqualTo(individual);
    }
}
