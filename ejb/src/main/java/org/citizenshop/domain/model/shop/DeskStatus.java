package org.citizenshop.domain.model.shop;

/** Whether a clerk is signed in at a desk, and whether the desk takes calls now. */
public enum DeskStatus {
    CLOSED,
    OPEN,
    /** A clerk is signed in but on a break: the desk calls nobody until resumed. */
    PAUSED;

    public boolean isStaffed() {
        return this != CLOSED;
    }
}
