package org.citizenshop.infrastructure.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal numbers as a log may hold them: the last three digits. Civil ID numbers (8 digits), tax,
 * health service and phone numbers (9), social security numbers (11) and citizen card numbers all
 * reach logs inside other values too (an agency's reference such as {@code Patient/300000022/_history/2}
 * names the health service's user), so whole texts are masked, not only fields known to hold one.
 */
public final class Masked {

    /**
     * A run of 8 to 12 digits standing alone, or a citizen card number ({@code 12345678 2 ZZ6}). A run
     * joined to a letter, digit or hyphen is part of something else (a UUID, a case reference).
     */
    private static final Pattern IDENTIFIER =
            Pattern.compile("(?<![A-Za-z0-9-])(?:\\d{8} ?\\d ?[A-Z0-9]{2}\\d|\\d{8,12})(?![A-Za-z0-9-])");

    private Masked() {}

    /** {@code 12345678} → {@code ***678}; null stays null. */
    public static String identifier(String value) {
        if (value == null) {
            return null;
        }
        String kept = value.strip();
        return "***" + kept.substring(Math.max(0, kept.length() - 3));
    }

    /** The text with every personal number in it masked by {@link #identifier}. */
    public static String identifiersIn(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = IDENTIFIER.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(masked, Matcher.quoteReplacement(identifier(matcher.group())));
        }
        return matcher.appendTail(masked).toString();
    }
}
