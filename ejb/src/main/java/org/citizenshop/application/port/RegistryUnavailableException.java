package org.citizenshop.application.port;

import org.citizenshop.domain.model.DomainException;

/** An agency's registry could not be asked now; the form can still be filled in by hand. */
public class RegistryUnavailableException extends DomainException {

    private final String agency;

    public RegistryUnavailableException(String agency, String reason) {
        super("registry.unavailable", "The registry of " + agency + " cannot be asked now: " + reason, agency);
        this.agency = agency;
    }

    /** The code of the agency that did not answer ("IRN", "AT"). */
    public String agency() {
        return agency;
    }
}
