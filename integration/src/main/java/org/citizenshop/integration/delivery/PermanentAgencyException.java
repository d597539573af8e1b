package org.citizenshop.integration.delivery;

/** Trying again cannot help: the agency refused the request's form, or its reply makes no sense. */
public class PermanentAgencyException extends RuntimeException {

    public PermanentAgencyException(String message) {
        super(message);
    }

    public PermanentAgencyException(String message, Throwable cause) {
        super(message, cause);
    }
}
