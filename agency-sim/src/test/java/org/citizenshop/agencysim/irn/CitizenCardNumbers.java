package org.citizenshop.agencysim.irn;

/**
 * Test-side generator of valid citizen card numbers, written independently of {@link CitizenCardNumber}: it computed
 * the document numbers hard-coded in {@link CivilRegistry#SEED}.
 */
final class CitizenCardNumbers {

    private CitizenCardNumbers() {}

    /** Appends the final check digit to the first 11 characters (civil ID, its check digit, version). */
    static String withCheckDigit(String firstEleven) {
        int sum = 0;
        for (int i = 0; i < firstEleven.length(); i++) {
            // Once the check digit is appended, the last of these 11 is second from the right: it is doubled.
            boolean doubled = (firstEleven.length() - 1 - i) % 2 == 0;
            char c = firstEleven.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            if (doubled) {
                value = value * 2 > 9 ? value * 2 - 9 : value * 2;
            }
            sum += value;
        }
        return firstEleven + (10 - sum % 10) % 10;
    }
}
