package org.citizenshop.agencysim.irn;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.citizenshop.agencysim.common.AppliedEffect;
import org.citizenshop.agencysim.common.Decision;
import org.citizenshop.agencysim.common.EffectLog;
import org.citizenshop.agencysim.common.JsonServiceRequests;
import org.citizenshop.agencysim.common.Outcome;
import org.citizenshop.agencysim.common.ServiceDesk;
import org.citizenshop.agencysim.common.ServiceRequest;

/**
 * Decides civil registry requests, at most once per request key. The decision runs inside
 * {@link ConcurrentHashMap#computeIfAbsent}, so concurrent requests with one key apply exactly one effect. Citizen card
 * requests are taken ({@code ACCEPTED}, the card follows); every other service is completed at once.
 */
final class IrnService {

    static final int WORKING_DAYS_TO_DELIVER = 5;

    private final Clock clock;
    private final CivilRegistry registry;
    private final CitizenCardPolicy policy;
    private final ServiceDesk desk;
    private final AgencyReferences references = new AgencyReferences();
    private final EffectLog effects = new EffectLog();
    private final Map<String, Decided> decisions = new ConcurrentHashMap<>();

    IrnService(Clock clock, CivilRegistry registry) {
        this.clock = clock;
        this.registry = registry;
        this.policy = new CitizenCardPolicy(registry);
        // References per service, IRN-BIRTH-2026-000001, as the citizen card's IRN-CC-2026-000001.
        this.desk = new ServiceDesk(clock, service -> service, new IrnRules(clock, registry).all(), new IrnDocuments());
    }

    Submission submit(String requestKey, JsonNode body) {
        AtomicBoolean decidedNow = new AtomicBoolean();
        Decided decided = decisions.computeIfAbsent(requestKey, key -> {
            decidedNow.set(true);
            return new Decided(body, decide(key, body));
        });
        if (decidedNow.get()) {
            return new Submission(Submission.Kind.NEW, decided.result());
        }
        // JsonNode equality ignores formatting and field order, which is what "the same body" means to a caller.
        Submission.Kind kind = decided.body().equals(body) ? Submission.Kind.REPLAY : Submission.Kind.KEY_REUSED;
        return new Submission(kind, decided.result());
    }

    /**
     * A birth registered at a maternity's desk: decided by the IRN-BIRTH rule like a request for it, under a key of the
     * registry's own. Only a completion is remembered under the key and applies an effect; a rejection leaves nothing,
     * as no request was taken.
     */
    IrnResult registerBirth(String requestKey, JsonNode body, ServiceRequest request) {
        if (!IrnRules.BIRTH.equals(request.service())) {
            throw new IllegalArgumentException("Not a birth: " + request.service());
        }
        AtomicReference<IrnResult> decided = new AtomicReference<>();
        decisions.computeIfAbsent(requestKey, key -> {
            IrnResult result = resultOf(key, desk.decide(key, IrnRules.BIRTH, () -> request));
            decided.set(result);
            if (result instanceof IrnResult.Rejected) {
                // Nothing is stored: computeIfAbsent keeps no entry for null.
                return null;
            }
            effects.record(effectOf(result));
            return new Decided(body, result);
        });
        if (decided.get() == null) {
            throw new IllegalStateException("The request key " + requestKey + " is already taken");
        }
        return decided.get();
    }

    Optional<IrnResult> find(String requestKey) {
        return Optional.ofNullable(decisions.get(requestKey)).map(Decided::result);
    }

    EffectLog effects() {
        return effects;
    }

    /** Forgets every decision and the citizens registered since the start; numbers already given stay given. */
    void reset() {
        decisions.clear();
        effects.clear();
        references.reset();
        desk.reset();
        registry.reset();
    }

    private IrnResult decide(String key, JsonNode body) {
        IrnResult result = ServiceRequestReader.CITIZEN_CARD.equals(ServiceRequestReader.serviceOf(body))
                ? decideCitizenCard(key, body)
                : decideService(key, body);
        effects.record(effectOf(result));
        return result;
    }

    private IrnResult decideCitizenCard(String key, JsonNode body) {
        // Milliseconds are plenty for a receipt and keep the wire format short.
        Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try {
            CitizenCardRequest request = ServiceRequestReader.read(body);
            policy.check(request);
            LocalDate today = LocalDate.now(clock);
            return new IrnResult.Accepted(
                    key,
                    request.service(),
                    references.next(today.getYear()),
                    WorkingDays.after(today, WORKING_DAYS_TO_DELIVER),
                    receivedAt);
        } catch (RequestRejected rejected) {
            return new IrnResult.Rejected(
                    key, ServiceRequestReader.serviceOf(body), rejected.code(), rejected.getMessage(), receivedAt);
        }
    }

    private IrnResult decideService(String key, JsonNode body) {
        return resultOf(
                key, desk.decide(key, JsonServiceRequests.serviceOf(body), () -> JsonServiceRequests.read(body)));
    }

    private static IrnResult resultOf(String key, Decision decision) {
        if (decision.outcome() instanceof Outcome.Completed completed) {
            return new IrnResult.Completed(
                    key,
                    decision.service(),
                    completed.agencyReference(),
                    completed.outputs(),
                    completed.document(),
                    decision.receivedAt());
        }
        Outcome.Refused refused = (Outcome.Refused) decision.outcome();
        return new IrnResult.Rejected(
                key, decision.service(), RejectionCode.of(refused.code()), refused.reason(), decision.receivedAt());
    }

    private static AppliedEffect effectOf(IrnResult result) {
        if (result instanceof IrnResult.Accepted accepted) {
            return new AppliedEffect(
                    accepted.requestKey(),
                    accepted.service(),
                    "ACCEPTED",
                    null,
                    accepted.agencyReference(),
                    accepted.receivedAt());
        }
        if (result instanceof IrnResult.Completed completed) {
            return new AppliedEffect(
                    completed.requestKey(),
                    completed.service(),
                    Decision.COMPLETED,
                    null,
                    completed.agencyReference(),
                    completed.receivedAt());
        }
        IrnResult.Rejected rejected = (IrnResult.Rejected) result;
        return new AppliedEffect(
                rejected.requestKey(),
                rejected.service(),
                "REJECTED",
                rejected.code().name(),
                null,
                rejected.receivedAt());
    }

    private record Decided(JsonNode body, IrnResult result) {}
}
