package org.citizenshop.agencysim.notify;

import java.util.regex.Pattern;

/**
 * A deliberately simple check that a text looks like an e-mail address, not RFC 5321: at most 254 characters, no
 * whitespace, exactly one {@code @} with something before it, and after it a domain of at least two non-empty labels
 * separated by dots ({@code someone@example.org}). Addresses are kept as written; nothing is lower-cased.
 */
final class EmailAddresses {

    static final int MAX_LENGTH = 254;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s.]+(?:\\.[^@\\s.]+)+");

    private EmailAddresses() {}

    static boolean isValid(String address) {
        return address != null
                && address.length() <= MAX_LENGTH
                && ADDRESS.matcher(address).matches();
    }
}
