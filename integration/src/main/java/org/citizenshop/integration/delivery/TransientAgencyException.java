package org.citizenshop.integration.delivery;

/**
 * The agency answered "not now" in its own words (a SOAP server fault, say) rather than with an
 * HTTP status, or its broker cannot be reached: trying again later can help, so the shared error
 * handling retries it.
 */
public class TransientAgencyException extends RuntimeException {

    public TransientAgencyException(String message) {
        super(message);
    }

    public TransientAgencyException(String message, Throwable cause) {
        super(message, cause);
    }
}
