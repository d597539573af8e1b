package org.citizenshop.domain.model.catalogue;

/** Where a citizen can have a service done: only with a clerk, only at a kiosk, or either. */
public enum ServiceChannels {
    DESK,
    KIOSK,
    BOTH;

    public boolean atDesk() {
        return this != KIOSK;
    }

    public boolean atKiosk() {
        return this != DESK;
    }
}
