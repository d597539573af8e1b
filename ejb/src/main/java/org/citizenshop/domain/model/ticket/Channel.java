package org.citizenshop.domain.model.ticket;

/** How a ticket was taken. */
public enum Channel {
    KIOSK,
    WEB,
    API,
    /** Checked in for a booked appointment: counted against the appointment share of a quota. */
    APPOINTMENT
}
