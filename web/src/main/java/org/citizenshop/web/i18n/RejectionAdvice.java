package org.citizenshop.web.i18n;

/**
 * What a clerk or a citizen can do about an agency's rejection, by the kind of its code: each agency names its
 * codes its own way, so they are read by what they share ({@code INVALID_…}, {@code UNKNOWN_…}, …); a code of no
 * known kind gets the general advice.
 */
public final class RejectionAdvice {

    private static final String PREFIX = "rejection.whatToDo.";

    private RejectionAdvice() {}

    /** The message key of the advice for this rejection code. */
    public static String keyFor(String code) {
        if (code == null || code.isBlank()) {
            return PREFIX + "OTHER";
        }
        if (code.startsWith("INVALID_") || code.equals("MALFORMED")) {
            return PREFIX + "INVALID";
        }
        if (code.startsWith("UNKNOWN_") || code.equals("NOT_FOUND")) {
            return PREFIX + "UNKNOWN";
        }
        if (code.equals("OUTSIDE_MUNICIPALITY")) {
            return PREFIX + "OUTSIDE_MUNICIPALITY";
        }
        if (code.endsWith("_DECEASED")) {
            return PREFIX + "DECEASED";
        }
        return PREFIX + "OTHER";
    }
}
