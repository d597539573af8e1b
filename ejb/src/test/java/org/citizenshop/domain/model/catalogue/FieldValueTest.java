package org.citizenshop.domain.model.catalogue;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.citizenshop.domain.model.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldValueTest {

    @ParameterizedTest(name = "{0} \"{1}\" is accepted")
    @CsvSource(
            delimiter = ';',
            value = {
                "NIF; 123 456 789",
                "NISS; 16613186097",
                "CIVIL_ID; 1234 5678",
                "CITIZEN_CARD; 300000015AB9",
                "SNS_NUMBER; 123456789",
                "IBAN; PT50 0002 0123 1234 5678 9015 4",
                "ADDRESS; Rua Augusta 100, 1100-053 Lisboa",
                "DATE; 2026-11-27",
                "TIME; 09:30",
                "NUMBER; 12,5",
                "YES_NO; sim",
                "TEXT; Maria"
            })
    void aWellFormedValue_isAccepted(FieldType type, String value) {
        assertThatCode(() -> FieldValue.check("f", type, true, List.of(), value))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} \"{1}\" is refused with {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "NIF; 123456780; validation.nif.checkDigit",
                "NISS; 16613186098; validation.niss.checkDigit",
                "CIVIL_ID; 1234567; validation.civilId.format",
                "IBAN; PT50 0002 0123 1234 5678 9015 5; validation.iban",
                "ADDRESS; Rua Augusta 100, Lisboa; validation.addressPostalCode",
                "ADDRESS; Rua Augusta 100, 0100-053 Lisboa; validation.postalCode.format",
                "DATE; 27/11/2026; validation.date",
                "TIME; 9h30; validation.time",
                "NUMBER; doze; validation.number",
                "YES_NO; talvez; validation.yesNo"
            })
    void aWrongValue_isRefused_nextToItsField(FieldType type, String value, String messageKey) {
        assertThatThrownBy(() -> FieldValue.check("child.x", type, true, List.of(), value))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "child.x")
                .hasFieldOrPropertyWithValue("messageKey", messageKey);
    }

    @Test
    void choices_andRequiredFields() {
        assertThatCode(() ->
                        FieldValue.check("cc.reason", FieldType.CHOICE, true, List.of("FIRST", "RENEWAL"), "FIRST"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> FieldValue.check("cc.reason", FieldType.CHOICE, true, List.of("FIRST"), "LOST"))
                .hasFieldOrPropertyWithValue("messageKey", "validation.choice");
        assertThatThrownBy(() -> FieldValue.check("iban", FieldType.IBAN, true, List.of(), " "))
                .hasFieldOrPropertyWithValue("messageKey", "validation.required");
        assertThatCode(() -> FieldValue.check("iban", FieldType.IBAN, false, List.of(), null))
                .doesNotThrowAnyException();
    }
}
