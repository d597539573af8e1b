package org.citizenshop.agencysim.irn;

import java.util.regex.Pattern;

/**
 * The Cartão de Cidadão document number check: civil ID number (8 digits), its check digit, a 2-character version and
 * a final check digit, validated over all 12 characters as {@code identifiers.md} describes.
 */
final class CitizenCardNumber {

    private static final Pattern SHAPE = Pattern.compile("[0-9]{9}[0-9A-Z]{2}[0-9]");

    private CitizenCardNumber() {}

    /** Expects the number without spaces and upper case, as the Citizen Shop sends it. */
    static boolean isValid(String number) {
        return number != null && SHAPE.matcher(number).matches() && weightedSum(number) % 10 == 0;
    }

    static String civilIdNumberOf(String number) {
        return number.substring(0, 8);
    }

    static int weightedSum(String number) {
        int sum = 0;
        for (int fromRight = 0; fromRight < number.length(); fromRight++) {
            int value = Character.digit(number.charAt(number.length() - 1 - fromRight), 36);
            if (fromRight % 2 == 1) {
                value *= 2;
                if (value > 9) {
                    value -= 9;
                }
            }
            sum += value;
        }
        return sum;
    }
}
