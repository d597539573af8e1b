package org.citizenshop.domain.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** Shared checks for the upper-case business codes (shops, desks, services, agencies). */
public final class Codes {

    private Codes() {}

    /**
     * Normalises a code typed or sent by a client (trimmed, upper case) and checks it against the
     * pattern, or throws an {@link InvalidInputException} naming the field.
     */
    public static String normalise(String raw, Pattern pattern, String field, String messageKey) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(field, "validation.required", field + " is required");
        }
        String code = raw.strip().toUpperCase(Locale.ROOT);
        if (!pattern.matcher(code).matches()) {
            throw new InvalidInputException(field, messageKey, field + " '" + raw + "' is not a valid code", raw);
        }
        return code;
    }
}
