package org.citizenshop.domain.model.ticket;

import java.time.Duration;
import org.citizenshop.domain.model.DomainException;

/** An anonymous client took as many tickets as one client may in the window; it may try again later. */
public class TooManyTicketsException extends DomainException {

    private final Duration retryAfter;

    public TooManyTicketsException(long limit, Duration window, Duration retryAfter) {
        super(
                "ticket.tooMany",
                "A client may take at most " + limit + " tickets in " + window.toMinutes() + " minutes",
                limit,
                window.toMinutes());
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
