package org.citizenshop.agencysim.common;

import java.time.Instant;

/** What an agency decided for one request key; stored so that a replay answers exactly the same. */
public record Decision(String requestKey, String service, Outcome outcome, Instant receivedAt) implements Decided {

    public static final String COMPLETED = "COMPLETED";
    public static final String REJECTED = "REJECTED";

    @Override
    public AppliedEffect effect() {
        if (outcome instanceof Outcome.Completed completed) {
            return new AppliedEffect(requestKey, service, COMPLETED, null, completed.agencyReference(), receivedAt);
        }
        return new AppliedEffect(requestKey, service, REJECTED, ((Outcome.Refused) outcome).code(), null, receivedAt);
    }

    /** {@code COMPLETED AT-2026-000001} or {@code REJECTED INVALID_NIF}, for the request log. */
    public String summary() {
        return outcome instanceof Outcome.Completed completed
                ? COMPLETED + " " + completed.agencyReference()
                : REJECTED + " " + ((Outcome.Refused) outcome).code();
    }
}
