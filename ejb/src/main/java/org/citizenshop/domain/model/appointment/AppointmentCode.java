package org.citizenshop.domain.model.appointment;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;
import org.citizenshop.domain.model.InvalidInputException;

/**
 * An appointment's confirmation code, e.g. {@code K7MQ-3XHD}: eight characters without the ones
 * people confuse (0/O, 1/I/L), read back however it is typed (lower case, without the hyphen).
 */
public record AppointmentCode(String value) {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final Pattern FORMAT = Pattern.compile("[A-HJ-KM-NP-Z2-9]{4}-[A-HJ-KM-NP-Z2-9]{4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public AppointmentCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInputException(
                    "code", "appointment.code", "An appointment code looks like K7MQ-3XHD", value);
        }
    }

    public static AppointmentCode generate() {
        StringBuilder code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new AppointmentCode(code.toString());
    }

    /** Reads a code as a citizen types it: any case, with or without the hyphen and spaces. */
    public static AppointmentCode of(String typed) {
        if (typed == null) {
            return new AppointmentCode(null);
        }
        String compact = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (compact.length() != 8) {
            return new AppointmentCode(typed);
        }
        return new AppointmentCode(compact.substring(0, 4) + "-" + compact.substring(4));
    }

    @Override
    public String toString() {
        return value;
    }
}
