package org.citizenshop.agencysim.sns;

import java.time.Instant;
import org.citizenshop.agencysim.common.AppliedEffect;
import org.citizenshop.agencysim.common.Decided;
import org.citizenshop.agencysim.common.Decision;

/**
 * The registry's answer to one request key, rendered once and stored, so that a replay is byte for byte the first
 * answer: the status, the body ({@code Patient} or {@code OperationOutcome}) and, for a patient, its location and
 * version.
 *
 * @param code the rejection code, or null when the call succeeded
 * @param reference {@code Patient/<id>} when the call succeeded
 */
record SnsResult(
        String requestKey,
        String service,
        int status,
        String body,
        String location,
        String version,
        String code,
        String reference,
        Instant receivedAt)
        implements Decided {

    @Override
    public AppliedEffect effect() {
        return code == null
                ? new AppliedEffect(requestKey, service, Decision.COMPLETED, null, reference, receivedAt)
                : new AppliedEffect(requestKey, service, Decision.REJECTED, code, null, receivedAt);
    }

    String summary() {
        return code == null ? status + " " + reference : "REJECTED " + code;
    }
}
