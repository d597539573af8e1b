package org.citizenshop.domain.model.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import org.citizenshop.domain.model.InvalidInputException;

/**
 * The secret that, with the case reference, lets anyone holding the receipt follow the case: eight
 * characters without the ones people confuse (0/O, 1/I/L), about 40 bits of chance.
 */
public record TrackingCode(String value) {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    public TrackingCode {
        if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new InvalidInputException(
                    "code", "validation.trackingCode", "A tracking code has 8 letters and digits", value);
        }
    }

    public static TrackingCode of(String typed) {
        return new TrackingCode(
                typed == null ? null : typed.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT));
    }

    public static TrackingCode generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new TrackingCode(code.toString());
    }

    /** Compares in constant time, so that guessing gets no hint from how long a refusal takes. */
    public boolean matches(String typed) {
        String candidate;
        try {
            candidate = of(typed).value;
        } catch (InvalidInputException notACode) {
            return false;
        }
        return MessageDigest.isEqual(
                value.getBytes(StandardCharsets.US_ASCII), candidate.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return value;
    }
}
