package org.citizenshop.domain.model.ticket;

import java.time.Duration;
import java.time.Instant;

/**
 * How many tickets one anonymous client may take at one shop in a sliding window, so that nobody
 * can empty a day's numbers or quotas from one browser or script.
 */
public record AnonymousTicketLimit(long maxTickets, Duration window) {

    public AnonymousTicketLimit {
        if (maxTickets < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a limit allows at least one ticket in a positive window");
        }
    }

    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /** Throws when a client who already took {@code taken} tickets in the window asks for another. */
    public void check(long taken) {
        if (taken >= maxTickets) {
            throw new TooManyTicketsException(maxTickets, window, window);
        }
    }
}
