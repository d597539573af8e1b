package org.citizenshop.application.port;

import org.citizenshop.domain.model.agencyrequest.RequestKey;
import org.citizenshop.domain.model.catalogue.AgencyCode;

/** Hands a stored request to the integration layer within the caller's transaction: never lost. */
public interface AgencyDispatch {

    void handOff(RequestKey key, AgencyCode agency);

    /** Hands a stored request to the integration layer again, to be delivered only after {@code delay}. */
    void handOffLater(RequestKey key, AgencyCode agency, java.time.Duration delay);

    /** Hands a case task to the integration layer, within the caller's transaction. */
    void handOffTask(RequestKey key, AgencyCode agency);

    /**
     * Hands a case task to the integration layer again, to be delivered only after {@code delay}
     * (its agency's circuit is open, or its rate limit reached), within the caller's transaction.
     */
    void handOffTaskLater(RequestKey key, AgencyCode agency, java.time.Duration delay);
}
