package org.citizenshop.it.http;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A time-based one-time password generator (RFC 6238 on RFC 4226's HOTP), configured like an OTP
 * credential of Keycloak: key, HMAC algorithm ({@code HmacSHA1}, {@code HmacSHA256}, {@code
 * HmacSHA512}), number of digits and period in seconds.
 */
public record Totp(byte[] key, String algorithm, int digits, int periodSeconds) {

    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    public Totp {
        if (key.length == 0) {
            throw new IllegalArgumentException("empty key");
        }
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("digits must be 6 to 8: " + digits);
        }
        if (periodSeconds <= 0) {
            throw new IllegalArgumentException("period must be positive: " + periodSeconds);
        }
        key = key.clone();
    }

    @Override
    public byte[] key() {
        return key.clone();
    }

    /** The time step (RFC 6238's T) that holds {@code time}. */
    public long stepAt(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), periodSeconds);
    }

    /** The code of the time step that holds {@code time}. */
    public String codeAt(Instant time) {
        return codeOfStep(stepAt(time));
    }

    /** The code of a time step: HOTP (RFC 4226, dynamic truncation) with the step as the counter. */
    public String codeOfStep(long step) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No " + algorithm + " in this JDK", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS_OF_TEN[digits]);
        return "0".repeat(digits - code.length()) + code;
    }
}
