package org.citizenshop.domain.model.citizen;

import org.citizenshop.domain.model.InvalidInputException;

/**
 * The tax number (número de identificação fiscal): nine digits, the first one or two naming the kind
 * of holder, the last a mod-11 check digit (identifiers.md). Spaces typed between digits are dropped.
 */
public record Nif(String value) {

    private static final String FIELD = "nif";

    public Nif {
        String digits = value == null ? "" : value.replace(" ", "");
        if (!digits.matches("\\d{9}")) {
            throw new InvalidInputException(FIELD, "validation.nif.format", "A NIF has 9 digits", value);
        }
        if (NifHolderKind.ofNumber(digits).isEmpty()) {
            String start = digits.substring(0, 2);
            throw new InvalidInputException(
                    FIELD, "validation.nif.holderKind", "No kind of NIF holder starts with " + start, start);
        }
        if (digits.charAt(8) - '0' != checkDigit(digits)) {
            throw new InvalidInputException(
                    FIELD, "validation.nif.checkDigit", "The check digit of the NIF does not match", digits);
        }
        value = digits;
    }

    public static Nif of(String value) {
        return new Nif(value);
    }

    /** Weights 9 down to 2 on the first eight digits; a remainder of 0 or 1 gives 0. */
    private static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * (9 - i);
        }
        int remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }

    public NifHolderKind holderKind() {
        return NifHolderKind.ofNumber(value).orElseThrow();
    }

    public boolean isIndividual() {
        return holderKind().isIndividual();
    }

    @Override
    public String toString() {
        return value;
    }
}
