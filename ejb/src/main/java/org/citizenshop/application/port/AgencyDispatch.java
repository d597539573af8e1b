package org.citizenshop.application.port;

import org.citizenshop.domain.model.agencyrequest.RequestKey;
import org.citizenshop.domain.model.catalogue.AgencyCode;

/**
 * Hands a stored desk request to the integration layer within the caller's transaction: never lost.
 * (Case tasks wait in their own table until the integration layer claims them: {@code TaskOutbox}.)
 */
public interface AgencyDispatch {

    void handOff(RequestKey key, AgencyCode agency);

    /** Hands a stored request to the integration layer again, to be delivered only after {@code delay}. */
    void handOffLater(RequestKey key, AgencyCode agency, java.time.Duration delay);
}
