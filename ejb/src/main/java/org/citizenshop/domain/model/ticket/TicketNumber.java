package org.citizenshop.domain.model.ticket;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citizenshop.domain.model.InvalidInputException;

/**
 * The number printed on a ticket and called on the board: the series letter and a sequence
 * number of at least three digits ("A001", "P007", "B1042").
 */
public record TicketNumber(char series, int sequence) {

    /** The series of priority tickets (Decreto-Lei 58/2016), shared by every queue of a shop. */
    public static final char PRIORITY_SERIES = 'P';

    /** The highest number of a series: five digits. */
    public static final int MAX_SEQUENCE = 99_999;

    private static final Pattern FORMAT = Pattern.compile("([A-Z])(\\d{3,5})");

    public TicketNumber {
        if (series < 'A' || series > 'Z') {
            throw new IllegalArgumentException("a series is a letter A-Z");
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("a ticket sequence is 1-" + MAX_SEQUENCE);
        }
    }

    public static TicketNumber parse(String text) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        if (matcher == null || !matcher.matches()) {
            throw new InvalidInputException("ticket", "validation.ticket.number", "Not a ticket number: " + text, text);
        }
        return new TicketNumber(matcher.group(1).charAt(0), Integer.parseInt(matcher.group(2)));
    }

    @Override
    public String toString() {
        // Not String.format: it looks the locale's digits up on every call, and every ticket shown is
        // formatted (a few per cent of a ticket's CPU when they are issued as fast as they go).
        String digits = Integer.toString(sequence);
        return series + "0".repeat(Math.max(0, 3 - digits.length())) + digits;
    }
}
