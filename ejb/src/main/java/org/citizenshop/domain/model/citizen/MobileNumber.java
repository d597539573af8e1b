package org.citizenshop.domain.model.citizen;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citizenshop.domain.model.InvalidInputException;

/** A Portuguese mobile number (91, 92, 93 or 96 and seven digits), kept as +3519XXXXXXXX. */
public record MobileNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("(?:\\+?351|00351)?(9[1236]\\d{7})");

    public MobileNumber {
        String compact = value == null ? "" : value.replaceAll("[\\s.-]", "");
        Matcher matcher = FORMAT.matcher(compact);
        if (!matcher.matches()) {
            throw new InvalidInputException(
                    "contact", "validation.mobile.format", "A mobile number looks like 912 345 678", value);
        }
        value = "+351" + matcher.group(1);
    }

    public static MobileNumber of(String value) {
        return new MobileNumber(value);
    }

    /** Shown back to the citizen without revealing the number: +351 91*****78. */
    public String masked() {
        return value.substring(0, 4) + " " + value.substring(4, 6) + "*****" + value.substring(11);
    }

    @Override
    public String toString() {
        return value;
    }
}
