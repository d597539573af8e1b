package org.citizenshop.domain.model.citizen;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citizenshop.domain.model.InvalidInputException;

/**
 * A Portuguese postal code, {@code NNNN-NNN} with a first digit from 1 to 9 (identifiers.md). The
 * hyphen may be left out when typing; the value always has it.
 */
public record PostalCode(String value) {

    private static final Pattern PATTERN = Pattern.compile("([1-9]\\d{3})-?(\\d{3})");

    public PostalCode {
        Matcher parts = PATTERN.matcher(value == null ? "" : value.strip());
        if (!parts.matches()) {
            throw new InvalidInputException(
                    "postalCode",
                    "validation.postalCode.format",
                    "A postal code looks like 1000-001: four digits, the first not 0, a hyphen, three digits",
                    value);
        }
        value = parts.group(1) + '-' + parts.group(2);
    }

    public static PostalCode of(String value) {
        return new PostalCode(value);
    }

    /** The four-digit zone, {@code 1000} for {@code 1000-001}. */
    public String zone() {
        return value.substring(0, 4);
    }

    @Override
    public String toString() {
        return value;
    }
}
