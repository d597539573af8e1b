package org.citizenshop.domain.model;

/** Text cut to fit its column: an agency's reason or error can be longer than what is kept of it. */
public final class Clipped {

    private Clipped() {}

    /** {@code text} if it fits in {@code max} characters, else its start and an ellipsis; null stays null. */
    public static String to(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
