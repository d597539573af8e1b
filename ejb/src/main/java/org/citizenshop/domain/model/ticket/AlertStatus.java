package org.citizenshop.domain.model.ticket;

/** An alert waits for its moment, is handed to the notification gateway, then sent or failed. */
public enum AlertStatus {
    WATCHING,
    SENDING,
    SENT,
    FAILED,
    /** The ticket was called, cancelled or closed before the moment came. */
    DROPPED
}
