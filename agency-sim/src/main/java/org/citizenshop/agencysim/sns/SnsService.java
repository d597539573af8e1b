package org.citizenshop.agencysim.sns;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Optional;
import org.citizenshop.agencysim.common.DecisionBook;
import org.citizenshop.agencysim.common.EffectLog;
import org.citizenshop.agencysim.common.Keyed;
import org.citizenshop.agencysim.common.Rejected;

/** The registry's calls, at most one decision per request key whatever the interaction. */
final class SnsService {

    private final PatientRegistry registry;
    private final SnsRules rules;
    private final DecisionBook<FhirCall, SnsResult> book = new DecisionBook<>();

    SnsService(Clock clock) {
        this.registry = new PatientRegistry(clock.instant());
        this.rules = new SnsRules(clock, registry);
    }

    Keyed<SnsResult> submit(String requestKey, FhirCall call) {
        return book.submit(
                requestKey,
                call,
                key -> FhirCall.CREATE.equals(call.interaction()) ? rules.create(key, call) : rules.update(key, call));
    }

    /** The patient an identifier search finds; reading changes nothing and needs no key. */
    Optional<ObjectNode> search(String identifier) throws Rejected {
        return registry.find(Condition.ofIdentifier(identifier));
    }

    Optional<ObjectNode> read(String id) {
        return registry.byId(id);
    }

    EffectLog effects() {
        return book.effects();
    }

    /** Forgets every decision and every registration since the start; SNS numbers given stay given. */
    void reset() {
        book.reset();
        registry.reset();
    }
}
