package org.citizenshop.domain.model.appointment;

/** How a check-in stands to the appointment's window. */
public enum CheckInTiming {
    TOO_EARLY,
    ON_TIME,
    LATE
}
