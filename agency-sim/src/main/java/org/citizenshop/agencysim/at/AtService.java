package org.citizenshop.agencysim.at;

import java.time.Clock;
import org.citizenshop.agencysim.common.Decision;
import org.citizenshop.agencysim.common.DecisionBook;
import org.citizenshop.agencysim.common.EffectLog;
import org.citizenshop.agencysim.common.Keyed;
import org.citizenshop.agencysim.common.ServiceDesk;

/** Decides tax requests, at most once per request key; references are {@code AT-<year>-<sequence>} for every service. */
final class AtService {

    static final String REFERENCE_PREFIX = "AT";

    private final AtRules rules;
    private final ServiceDesk desk;
    private final DecisionBook<SubmitRequest, Decision> book = new DecisionBook<>();

    AtService(Clock clock) {
        this.rules = new AtRules(clock);
        this.desk = new ServiceDesk(clock, service -> REFERENCE_PREFIX, rules.all(), new AtDocuments());
    }

    Keyed<Decision> submit(String requestKey, SubmitRequest request) {
        return book.submit(requestKey, request, key -> desk.decide(key, request.service(), request::checked));
    }

    EffectLog effects() {
        return book.effects();
    }

    void reset() {
        book.reset();
        desk.reset();
        rules.reset();
    }
}
