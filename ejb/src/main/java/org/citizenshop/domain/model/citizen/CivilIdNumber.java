package org.citizenshop.domain.model.citizen;

import org.citizenshop.domain.model.InvalidInputException;

/** The civil identification number (número de identificação civil): eight digits, for life. */
public record CivilIdNumber(String value) {

    public CivilIdNumber {
        String digits = value == null ? "" : value.replace(" ", "");
        if (!digits.matches("\\d{8}")) {
            throw new InvalidInputException(
                    "civilIdNumber", "validation.civilId.format", "A civil ID number has 8 digits", value);
        }
        value = digits;
    }

    public static CivilIdNumber of(String value) {
        return new CivilIdNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
