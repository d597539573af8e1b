package org.citizenshop.domain.model.ticket;

/** How a citizen wants to be told that his turn is near. */
public enum AlertChannel {
    SMS,
    EMAIL
}
