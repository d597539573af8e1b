package org.citizenshop.agencysim.cml;

import java.time.Instant;
import org.citizenshop.agencysim.common.WebhookSender;

/**
 * One try to call the shop back, as the admin list shows it.
 *
 * @param attempt 1 for the first try, up to {@link WebhookSender#MAX_ATTEMPTS}
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
        boolean delivered) {

    static CallbackAttempt of(WebhookSender.Attempt attempt) {
        return new CallbackAttempt(
                attempt.key(),
                attempt.reference(),
                attempt.url(),
                attempt.attempt(),
                attempt.at(),
                attempt.httpStatus(),
                attempt.error(),
                attempt.delivered());
    }
}
