package org.citizenshop.agencysim;

/**
 * The check digits of {@code identifiers.md}, written again for the tests so that an issued number is checked by code
 * other than the code that issued it.
 */
public final class CheckDigits {

    private CheckDigits() {}

    /** 9 digits whose last is the mod-11 check of the first eight with weights 9 to 2. */
    public static boolean nifCheckHolds(String nif) {
        if (nif == null || !nif.matches("[0-9]{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.getNumericValue(nif.charAt(i)) * (9 - i);
        }
        int check = sum % 11 < 2 ? 0 : 11 - sum % 11;
        return Character.getNumericValue(nif.charAt(8)) == check;
    }

    /** 11 digits starting 1 or 2 whose last is 9 minus the last digit of the weighted sum of the first ten. */
    public static boolean nissCheckHolds(String niss) {
        if (niss == null || !niss.matches("[12][0-9]{10}")) {
            return false;
        }
        int[] weights = {29, 23, 19, 17, 13, 11, 7, 5, 3, 2};
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += Character.getNumericValue(niss.charAt(i)) * weights[i];
        }
        return Character.getNumericValue(niss.charAt(10)) == 9 - sum % 10;
    }
}
