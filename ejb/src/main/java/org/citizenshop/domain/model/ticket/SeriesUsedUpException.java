package org.citizenshop.domain.model.ticket;

import org.citizenshop.domain.model.ConflictException;

/** A series has given all the numbers a ticket can carry today ({@link TicketNumber#MAX_SEQUENCE}). */
public class SeriesUsedUpException extends ConflictException {

    public SeriesUsedUpException(char letter) {
        super(
                "ticket.seriesUsedUp",
                "All of today's numbers of series " + letter + " have been given",
                String.valueOf(letter));
    }
}
