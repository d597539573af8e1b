package org.citizenshop.agencysim.notify;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Portuguese mobile numbers: nine digits starting with 91, 92, 93 or 96, written either bare ({@code 912345678}) or
 * with the country code ({@code +351912345678}). No spaces, dashes or {@code 00351}: the shop sends one of the two
 * forms, and anything else is more likely a bug than a number.
 */
final class MobileNumbers {

    static final String COUNTRY_CODE = "+351";
    private static final Pattern MOBILE = Pattern.compile("(?:\\+351)?(9[1236][0-9]{7})");

    private MobileNumbers() {}

    /** The number as {@code +3519XXXXXXXX}, or empty when it is not a Portuguese mobile number. */
    static Optional<String> normalise(String number) {
        if (number == null) {
            return Optional.empty();
        }
        Matcher matcher = MOBILE.matcher(number);
        return matcher.matches() ? Optional.of(COUNTRY_CODE + matcher.group(1)) : Optional.empty();
    }
}
