package org.citizenshop.agencysim.common;

import java.util.regex.Pattern;

/** The request key rule every simulated agency applies to its {@code Idempotency-Key}. */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9-]{1,100}");

    private IdempotencyKeys() {}

    public static boolean isValid(String key) {
        return key != null && VALID.matcher(key).matches();
    }
}
