package org.citizenshop.domain.model.ticket;

import java.security.SecureRandom;
import java.util.regex.Pattern;
import org.citizenshop.domain.model.InvalidInputException;

/**
 * The secret in a digital ticket's link: only who holds it sees the ticket's page, cancels it or
 * asks for an alert (which stores a phone number or an e-mail address). Numbers are guessable; this is not.
 */
public record AccessCode(String value) {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final int LENGTH = 20;
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9-]{8,24}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public AccessCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInputException("code", "ticket.accessCode", "Not a ticket code", value);
        }
    }

    public static AccessCode generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new AccessCode(code.toString());
    }

    public static AccessCode of(String value) {
        return new AccessCode(value == null ? null : value.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
