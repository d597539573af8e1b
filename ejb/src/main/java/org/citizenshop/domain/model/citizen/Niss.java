package org.citizenshop.domain.model.citizen;

import org.citizenshop.domain.model.InvalidInputException;

/**
 * The social security number (número de identificação da segurança social): eleven digits, the first
 * 1 for a person or 2 for a collective body, the last a check digit (identifiers.md).
 */
public record Niss(String value) {

    private static final String FIELD = "niss";
    private static final int[] WEIGHTS = {29, 23, 19, 17, 13, 11, 7, 5, 3, 2};

    public Niss {
        String digits = value == null ? "" : value.replace(" ", "");
        if (!digits.matches("\\d{11}")) {
            throw new InvalidInputException(FIELD, "validation.niss.format", "A NISS has 11 digits", value);
        }
        if (digits.charAt(0) != '1' && digits.charAt(0) != '2') {
            String first = digits.substring(0, 1);
            throw new InvalidInputException(
                    FIELD,
                    "validation.niss.firstDigit",
                    "A NISS starts with 1 (a person) or 2 (a collective body), not " + first,
                    first);
        }
        if (digits.charAt(10) - '0' != checkDigit(digits)) {
            throw new InvalidInputException(
                    FIELD, "validation.niss.checkDigit", "The check digit of the NISS does not match", digits);
        }
        value = digits;
    }

    public static Niss of(String value) {
        return new Niss(value);
    }

    private static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return 9 - sum % 10;
    }

    /** A natural person's number, as opposed to a company's or another collective body's. */
    public boolean isPerson() {
        return value.charAt(0) == '1';
    }

    @Override
    public String toString() {
        return value;
    }
}
