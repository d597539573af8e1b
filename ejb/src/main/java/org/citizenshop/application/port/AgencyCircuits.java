package org.citizenshop.application.port;

import java.util.Map;

/**
 * The integration layer's circuit breakers, one per agency: CLOSED (calls go), OPEN (the agency
 * failed again and again: no call until a pause has passed; its tasks wait in the queue) or
 * HALF_OPEN (one call tries whether it is back).
 */
public interface AgencyCircuits {

    /** Each agency's circuit state, by agency code; agencies not called yet are absent. */
    Map<String, String> states();
}
