package org.citizenshop.agencysim.irn;

import java.util.Locale;

/** The business reasons the civil registry gives for refusing a request; part of the API contract. */
enum RejectionCode {
    UNKNOWN_SERVICE("Unknown service"),
    INVALID_REQUEST("Invalid request"),
    INVALID_DOCUMENT("Invalid citizen card number"),
    UNKNOWN_CITIZEN("Unknown citizen"),
    DOCUMENT_REQUIRED("Citizen card number required"),
    INVALID_NAME("Invalid name"),
    INVALID_ADDRESS("Invalid address"),
    INVALID_CIVIL_ID("Invalid civil ID number"),
    INVALID_NIF("Invalid tax number");

    private final String title;

    RejectionCode(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }

    /** The code of a rejection by the shared field checks, which name only codes the civil registry knows. */
    static RejectionCode of(String code) {
        return valueOf(code);
    }

    String type() {
        return "urn:irn:rejection:" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
