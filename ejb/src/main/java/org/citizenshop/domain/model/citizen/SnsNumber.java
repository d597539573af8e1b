package org.citizenshop.domain.model.citizen;

import org.citizenshop.domain.model.InvalidInputException;

/**
 * The national health service user number (número de utente do SNS): nine digits. Only the shape is
 * checked, because the SNS publishes no check-digit rule (identifiers.md).
 */
public record SnsNumber(String value) {

    public SnsNumber {
        String digits = value == null ? "" : value.replace(" ", "");
        if (!digits.matches("\\d{9}")) {
            throw new InvalidInputException(
                    "snsNumber", "validation.sns.format", "An SNS user number has 9 digits", value);
        }
        value = digits;
    }

    public static SnsNumber of(String value) {
        return new SnsNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
