package org.citizenshop.domain.model.agencyrequest;

/** The life of a request to an agency, as the shop knows it. */
public enum AgencyRequestStatus {
    /** Stored and handed to the integration layer, not yet answered. */
    QUEUED,
    /** The agency accepted it and gave its reference. */
    ACCEPTED,
    /** The agency refused it, with a reason the citizen can act on. */
    REJECTED,
    /** Delivery failed; the last error is kept and delivery may still be retried. */
    FAILED;

    public boolean isFinal() {
        return this == ACCEPTED || this == REJECTED;
    }
}
