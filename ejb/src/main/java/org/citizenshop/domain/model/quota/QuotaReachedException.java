package org.citizenshop.domain.model.quota;

import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.LocalizedText;

/** No more tickets of this kind today for the service or agency: the citizen is offered an appointment. */
public class QuotaReachedException extends ConflictException {

    private final LocalizedText scope;
    private final String service;

    public QuotaReachedException(LocalizedText scope) {
        this(scope, null);
    }

    private QuotaReachedException(LocalizedText scope, String service) {
        super("ticket.quotaReached", "The day's tickets for " + scope.en() + " are all taken", scope);
        this.scope = scope;
        this.service = service;
    }

    /** The same refusal, naming the requested service it concerns (to offer an appointment for it). */
    public QuotaReachedException forService(String serviceCode) {
        return new QuotaReachedException(scope, serviceCode);
    }

    /** The requested service the quota refused, when known. */
    public java.util.Optional<String> service() {
        return java.util.Optional.ofNullable(service);
    }

    public LocalizedText scope() {
        return scope;
    }
}
