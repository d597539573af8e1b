package org.citizenshop.domain.model.appointment;

/** Where a booking stands. */
public enum AppointmentStatus {
    BOOKED,
    /** Checked in within its window: a ticket called in the appointment's slot. */
    CHECKED_IN,
    /** Checked in after its window: the citizen was given a walk-in ticket instead. */
    LATE,
    CANCELLED,
    /** The day closed without a check-in. */
    MISSED;

    /** Whether the booking still holds desk time and a place of the appointment quota. */
    public boolean holdsItsSlot() {
        return this == BOOKED || this == CHECKED_IN;
    }
}
