package org.citizenshop.agencysim.common;

import java.util.Locale;

/**
 * Thrown by an agency's checks so that the first failing one decides the answer: a code from the contract and an
 * English reason the citizen can act on (the message).
 */
public final class Rejected extends Exception {

    /** The service is not one this agency takes. */
    public static final String UNKNOWN_SERVICE = "UNKNOWN_SERVICE";
    /** A required key is missing, or a value is not readable as what it should be (date, time, choice, number). */
    public static final String INVALID_REQUEST = "INVALID_REQUEST";
    /** An address without a postal code {@code NNNN-NNN}. */
    public static final String INVALID_ADDRESS = "INVALID_ADDRESS";

    public static final String INVALID_CIVIL_ID = "INVALID_CIVIL_ID";
    public static final String INVALID_NIF = "INVALID_NIF";
    public static final String INVALID_NISS = "INVALID_NISS";
    public static final String INVALID_SNS_NUMBER = "INVALID_SNS_NUMBER";
    public static final String INVALID_IBAN = "INVALID_IBAN";

    private final String code;

    public Rejected(String code, String reason) {
        super(reason, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String reason() {
        return getMessage();
    }

    /** {@code INVALID_ADDRESS} reads {@code Invalid address}: the title of a problem or a fault. */
    public static String titleOf(String code) {
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** {@code urn:at:rejection:invalid-address}. */
    public static String typeOf(String agency, String code) {
        return "urn:" + agency + ":rejection:" + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
