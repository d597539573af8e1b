package org.citizenshop.domain.model.quota;

import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.LocalizedText;

/** No more tickets of this kind today for the service or agency: the citizen is offered an appointment. */
public class QuotaReachedException extends ConflictException {

    private final LocalizedText scope;

    public QuotaReachedException(LocalizedText scope) {
        super("ticket.quotaReached", "The day's tickets for " + scope.en() + " are all taken", scope);
        this.scope = scope;
    }

    public LocalizedText scope() {
        return scope;
    }
}
