package org.citizenshop.agencysim.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldsTest {

    private static Fields fields(String key, String value) {
        return new Fields(Map.of(key, value));
    }

    @Test
    void missingOrBlankRequiredKey_isInvalidRequestNamingTheKey() {
        assertThatThrownBy(() -> new Fields(Map.of()).text("child.givenNames"))
                .isInstanceOfSatisfying(Rejected.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo("INVALID_REQUEST");
                    assertThat(rejected.reason()).isEqualTo("child.givenNames is required.");
                });
        assertThatThrownBy(() -> fields("child.givenNames", "  ").text("child.givenNames"))
                .isInstanceOf(Rejected.class);
    }

    @Test
    void identifiers_areCheckedByTheirRules() throws Rejected {
        assertThat(fields("k", "1234 5678").civilId("k")).isEqualTo("12345678");
        assertThat(fields("k", "559083017").companyNif("k")).isEqualTo("559083017");
        assertThat(fields("k", "16613186097").niss("k", '1')).isEqualTo("16613186097");
        assertThat(fields("k", "123456789").snsNumber("k")).isEqualTo("123456789");
        assertThat(fields("k", "PT50 0002 0123 1234 5678 9015 4").iban("k")).isEqualTo("PT50000201231234567890154");

        assertThat(code(() -> fields("k", "1234567").civilId("k"))).isEqualTo("INVALID_CIVIL_ID");
        assertThat(code(() -> fields("k", "123456780").nif("k"))).isEqualTo("INVALID_NIF");
        assertThat(code(() -> fields("k", "123456789").companyNif("k"))).isEqualTo("INVALID_NIF");
        assertThat(code(() -> fields("k", "559083017").personalNif("k"))).isEqualTo("INVALID_NIF");
        assertThat(code(() -> fields("k", "21390996030").niss("k", '1'))).isEqualTo("INVALID_NISS");
        assertThat(code(() -> fields("k", "12345678").snsNumber("k"))).isEqualTo("INVALID_SNS_NUMBER");
        assertThat(code(() -> fields("k", "PT50000201231234567890155").iban("k")))
                .isEqualTo("INVALID_IBAN");
    }

    @Test
    void datesTimesChoicesAndAmounts_mustBeReadable() throws Rejected {
        LocalDate today = LocalDate.parse("2026-11-27");
        assertThat(fields("k", "2026-11-20").pastDate("k", today)).isEqualTo(LocalDate.parse("2026-11-20"));
        assertThat(fields("k", "5000,50").amount("k")).isEqualTo(new BigDecimal("5000.50"));
        assertThat(fields("k", "F").choice("k", List.of("F", "M"))).isEqualTo("F");

        assertThat(code(() -> fields("k", "20/11/2026").date("k"))).isEqualTo("INVALID_REQUEST");
        assertThat(code(() -> fields("k", "2026-11-28").pastDate("k", today))).isEqualTo("INVALID_REQUEST");
        assertThat(code(() -> fields("k", "8h45").time("k"))).isEqualTo("INVALID_REQUEST");
        assertThat(code(() -> fields("k", "X").choice("k", List.of("F", "M")))).isEqualTo("INVALID_REQUEST");
        assertThat(code(() -> fields("k", "0").amount("k"))).isEqualTo("INVALID_REQUEST");
    }

    @Test
    void address_needsAPostalCodeAndKnowsItsLocality() throws Rejected {
        Address address =
                fields("address", "Rua Augusta 1, 1100-053 Lisboa, Portugal").address("address");

        assertThat(address.postalCode()).isEqualTo("1100-053");
        assertThat(address.zone()).isEqualTo("1100");
        assertThat(address.locality()).isEqualTo("Lisboa");
        assertThat(code(() -> fields("address", "Rua Augusta 1, Lisboa").address("address")))
                .isEqualTo("INVALID_ADDRESS");
    }

    @Test
    void tooLongText_isRefused() {
        assertThat(code(() -> fields("k", "x".repeat(1001)).text("k"))).isEqualTo("INVALID_REQUEST");
    }

    private interface Check {
        void run() throws Rejected;
    }

    private static String code(Check check) {
        try {
            check.run();
        } catch (Rejected rejected) {
            return rejected.code();
        }
        throw new AssertionError("Not rejected");
    }
}
