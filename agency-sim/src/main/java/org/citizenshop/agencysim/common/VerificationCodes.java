package org.citizenshop.agencysim.common;

import java.security.SecureRandom;

/**
 * The codes an agency prints on the documents it issues, for anyone to check them: the agency's code and twelve
 * characters in groups of four ({@code IRN-7KQ3-9XMP-2B4D}), drawn at random from an alphabet without the letters
 * that read like digits, so that a code cannot be guessed from another.
 */
public final class VerificationCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String agency;

    public VerificationCodes(String agency) {
        if (!agency.matches("[A-Z]{2,4}")) {
            throw new IllegalArgumentException("An agency code is 2 to 4 capital letters: " + agency);
        }
        this.agency = agency;
    }

    public String next() {
        StringBuilder code = new StringBuilder(agency);
        for (int i = 0; i < 12; i++) {
            if (i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
