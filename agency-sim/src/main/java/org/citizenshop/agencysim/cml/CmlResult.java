package org.citizenshop.agencysim.cml;

import java.net.URI;
import org.citizenshop.agencysim.common.AppliedEffect;
import org.citizenshop.agencysim.common.Decided;
import org.citizenshop.agencysim.common.Decision;
import org.citizenshop.agencysim.common.Outcome;

/**
 * The municipality's decision for one request key: refused at once ({@code acknowledgement} refused, no callback), or
 * acknowledged with its reference and decided now, {@code outcome} going out in the callback to {@code callbackUrl}.
 */
record CmlResult(Decision acknowledgement, URI callbackUrl, Outcome outcome) implements Decided {

    boolean acknowledged() {
        return acknowledgement.outcome() instanceof Outcome.Completed;
    }

    String agencyReference() {
        return ((Outcome.Completed) acknowledgement.outcome()).agencyReference();
    }

    /** The effect of what was decided: the callback's outcome, under the reference given at once. */
    @Override
    public AppliedEffect effect() {
        if (!acknowledged()) {
            return acknowledgement.effect();
        }
        String code = outcome instanceof Outcome.Refused refused ? refused.code() : null;
        return new AppliedEffect(
                acknowledgement.requestKey(),
                acknowledgement.service(),
                code == null ? Decision.COMPLETED : Decision.REJECTED,
                code,
                agencyReference(),
                acknowledgement.receivedAt());
    }
}
