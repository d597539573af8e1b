package org.citizenshop.domain.model.ticket;

/** How a ticket was taken. */
public enum Channel {
    KIOSK,
    WEB,
    API
}
