package org.citizenshop.agencysim.irn;

import java.util.Locale;

/** The business reasons the civil registry gives for refusing a request; part of the API contract. */
enum RejectionCode {
    UNKNOWN_SERVICE("Unknown service"),
    INVALID_REQUEST("Invalid request"),
    INVALID_DOCUMENT("Invalid citizen card number"),
    UNKNOWN_CITIZEN("Unknown citizen"),
    DOCUMENT_REQUIRED("Citizen card number required");

    private final String title;

    RejectionCode(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }

    String type() {
        return "urn:irn:rejection:" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
