package org.citizenshop.domain.model.ticket;

/** Where a ticket is in its day: waiting, called to a desk, being served, then done one way or another. */
public enum TicketStatus {
    WAITING,
    CALLED,
    IN_SERVICE,
    COMPLETED,
    NO_SHOW,
    CANCELLED,
    /** Still unserved when the shop closed the day. */
    CLOSED;

    public boolean isOpen() {
        return this == WAITING || this == CALLED || this == IN_SERVICE;
    }

    /** Called or being served: the citizen is at (or on the way to) a desk. */
    public boolean isAtDesk() {
        return this == CALLED || this == IN_SERVICE;
    }
}
