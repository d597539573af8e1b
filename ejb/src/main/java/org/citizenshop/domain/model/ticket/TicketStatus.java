package org.citizenshop.domain.model.ticket;

/** Where a ticket is in its day: waiting, called to a desk, then served or not. */
public enum TicketStatus {
    WAITING,
    CALLED,
    COMPLETED,
    NO_SHOW;

    public boolean isOpen() {
        return this == WAITING || this == CALLED;
    }
}
