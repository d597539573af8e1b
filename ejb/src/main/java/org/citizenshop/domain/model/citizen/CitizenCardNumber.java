package org.citizenshop.domain.model.citizen;

import java.util.Locale;
import org.citizenshop.domain.model.InvalidInputException;

/**
 * The document number of a Cartão de Cidadão, printed {@code DDDDDDDD C AAT}: the civil ID number,
 * its check digit, a two-character version and a check character over all twelve (identifiers.md).
 */
public record CitizenCardNumber(String value) {

    private static final String FIELD = "documentNumber";

    public CitizenCardNumber {
        String compact = value == null ? "" : value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!compact.matches("\\d{9}[A-Z0-9]{2}\\d")) {
            throw new InvalidInputException(
                    FIELD,
                    "validation.citizenCard.format",
                    "A citizen card number looks like 12345678 9 ZZ0: 9 digits, 2 letters or digits, 1 digit",
                    value);
        }
        if (!checksumHolds(compact)) {
            throw new InvalidInputException(
                    FIELD,
                    "validation.citizenCard.checkDigit",
                    "The check character of the citizen card number does not match",
                    value);
        }
        value = compact;
    }

    public static CitizenCardNumber of(String value) {
        return new CitizenCardNumber(value);
    }

    /** Right to left, every second value doubled (minus 9 above 9); the total is a multiple of 10. */
    static boolean checksumHolds(String compact) {
        int sum = 0;
        boolean doubled = false;
        for (int i = compact.length() - 1; i >= 0; i--) {
            int digit = Character.digit(compact.charAt(i), 36);
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    public CivilIdNumber civilIdNumber() {
        return CivilIdNumber.of(value.substring(0, 8));
    }

    /** As printed on the card: {@code 12345678 2 ZZ6}. */
    public String printed() {
        return value.substring(0, 8) + ' ' + value.charAt(8) + ' ' + value.substring(9);
    }

    @Override
    public String toString() {
        return value;
    }
}
