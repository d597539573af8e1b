package org.citizenshop.domain.model.privacy;

/** Where the citizen answered: on the display facing him at a desk, or himself at a kiosk he logged in to. */
public enum ConsentChannel {
    CUSTOMER_DISPLAY,
    KIOSK
}
