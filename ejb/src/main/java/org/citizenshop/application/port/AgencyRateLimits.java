package org.citizenshop.application.port;

import java.io.Serializable;

/**
 * The integration layer's rate limit per agency: at most so many deliveries a second go to an
 * agency; one over the limit is held back (put back on the queue for a moment), which is not an
 * attempt and loses nothing.
 */
public interface AgencyRateLimits {

    /** An agency's limit, and how many deliveries it held back since this server started. */
    record RateLimit(int perSecond, long heldBack) implements Serializable {}

    RateLimit of(String agency);
}
