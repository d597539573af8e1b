package org.citizenshop.agencysim.cml;

import java.time.Instant;

/**
 * One try to call the shop back, as the admin list shows it.
 *
 * @param attempt 1 for the first try, up to {@link Callbacks#MAX_ATTEMPTS}
 * @param httpStatus the shop's status, or null when no answer came (refused, timed out)
 * @param error why no answer came, or null
 * @param delivered true for a 2xx: the last attempt for this key
 */
record CallbackAttempt(
        String requestKey,
        String agencyReference,
        String callbackUrl,
        int attempt,
        Instant at,
        Integer httpStatus,
        String error,
        boolean delivered) {}
