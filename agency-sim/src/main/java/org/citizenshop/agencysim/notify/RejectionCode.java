package org.citizenshop.agencysim.notify;

import java.util.Locale;

/** Why the gateway refuses a message; part of the API contract. */
enum RejectionCode {
    INVALID_RECIPIENT("Invalid recipient"),
    INVALID_SUBJECT("Invalid subject"),
    INVALID_TEXT("Invalid text");

    private final String title;

    RejectionCode(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }

    String type() {
        return "urn:notify:rejection:" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
