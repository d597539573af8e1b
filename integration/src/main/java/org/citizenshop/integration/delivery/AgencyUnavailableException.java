package org.citizenshop.integration.delivery;

/** The agency's circuit is open: the task was not sent, and the broker delivers it again later. */
public class AgencyUnavailableException extends RuntimeException {

    public AgencyUnavailableException(String message) {
        super(message);
    }
}
