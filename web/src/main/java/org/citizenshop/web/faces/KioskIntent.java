package org.citizenshop.web.faces;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/**
 * The life event a citizen chose at the kiosk before logging in: the identity provider sends him
 * back to the self-service page without its query string, so the choice waits in the session.
 */
@SessionScoped
public class KioskIntent implements Serializable {

    private static final long serialVersionUID = 1L;

    private String shop;
    private String event;

    void choose(String shop, String event) {
        this.shop = shop;
        this.event = event;
    }

    String shop() {
        return shop;
    }

    String event() {
        return event;
    }
}
