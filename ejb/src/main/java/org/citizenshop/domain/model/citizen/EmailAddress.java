package org.citizenshop.domain.model.citizen;

import java.util.Locale;
import java.util.regex.Pattern;
import org.citizenshop.domain.model.InvalidInputException;

/**
 * An e-mail address, checked for shape only (one @, a dotted domain, no spaces): the only real
 * check of an address is a message reaching it.
 */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}");

    public EmailAddress {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > 254 || !SHAPE.matcher(trimmed).matches()) {
            throw new InvalidInputException(
                    "contact", "validation.email.format", "An e-mail address looks like name@example.pt", value);
        }
        int at = trimmed.indexOf('@');
        value = trimmed.substring(0, at) + trimmed.substring(at).toLowerCase(Locale.ROOT);
    }

    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    /** Shown back without revealing the address: n***@example.pt. */
    public String masked() {
        int at = value.indexOf('@');
        return value.charAt(0) + "***" + value.substring(at);
    }

    @Override
    public String toString() {
        return value;
    }
}
