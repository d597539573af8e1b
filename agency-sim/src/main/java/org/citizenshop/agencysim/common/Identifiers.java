package org.citizenshop.agencysim.common;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules of {@code identifiers.md}: shapes, holder prefixes and check digits. */
public final class Identifiers {

    /** Every NIF holder prefix; no prefix starts another one, and a lone 4, 7 or 9 is none. */
    private static final List<String> NIF_PREFIXES = List.of(
            "1", "2", "3", "45", "5", "6", "70", "71", "72", "74", "75", "77", "79", "8", "90", "91", "98", "99");

    /** A natural person's own NIF, resident or not. */
    public static final List<String> INDIVIDUAL_NIF_PREFIXES = List.of("1", "2", "3", "45");

    private static final int[] NISS_WEIGHTS = {29, 23, 19, 17, 13, 11, 7, 5, 3, 2};
    private static final Pattern CIVIL_ID = Pattern.compile("[0-9]{8}");
    private static final Pattern SNS_NUMBER = Pattern.compile("[0-9]{9}");
    private static final Pattern NIF = Pattern.compile("[0-9]{9}");
    private static final Pattern NISS = Pattern.compile("[12][0-9]{10}");
    private static final Pattern POSTAL_CODE = Pattern.compile("(?<![0-9])[1-9][0-9]{3}-[0-9]{3}(?![0-9])");

    private Identifiers() {}

    public static boolean isCivilId(String text) {
        return text != null && CIVIL_ID.matcher(text).matches();
    }

    public static boolean isSnsNumber(String text) {
        return text != null && SNS_NUMBER.matcher(text).matches();
    }

    public static boolean isNif(String text) {
        return text != null
                && NIF.matcher(text).matches()
                && NIF_PREFIXES.stream().anyMatch(text::startsWith)
                && text.charAt(8) - '0' == nifCheckDigit(text);
    }

    /** Weights 9 down to 2 on the first eight digits; a remainder of 0 or 1 gives 0. */
    public static int nifCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * (9 - i);
        }
        int remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }

    /** First digit 1 for a person, 2 for a collective body. */
    public static boolean isNiss(String text) {
        return text != null && NISS.matcher(text).matches() && text.charAt(10) - '0' == nissCheckDigit(text);
    }

    /** Weights 29 23 19 17 13 11 7 5 3 2 on the first ten digits; the check is 9 minus the sum's last digit. */
    public static int nissCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < NISS_WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * NISS_WEIGHTS[i];
        }
        return 9 - sum % 10;
    }

    /** The first postal code {@code NNNN-NNN} (first digit 1 to 9) in a one-line address, or null. */
    public static String postalCodeIn(String address) {
        if (address == null) {
            return null;
        }
        Matcher matcher = POSTAL_CODE.matcher(address);
        return matcher.find() ? matcher.group() : null;
    }

    public static boolean isPostalCode(String text) {
        return text != null && POSTAL_CODE.matcher(text).matches();
    }
}
