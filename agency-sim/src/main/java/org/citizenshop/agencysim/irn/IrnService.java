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
import org.citizenshop.agencysim.common.AppliedEffect;
import org.citizenshop.agencysim.common.EffectLog;

/**
 * Decides citizen card requests, at most once per request key. The decision runs inside
 * {@link ConcurrentHashMap#computeIfAbsent}, so concurrent requests with one key apply exactly one effect.
 */
final class IrnService {

    static final int WORKING_DAYS_TO_DELIVER = 5;

    private final Clock clock;
    private final CitizenCardPolicy policy;
    private final AgencyReferences references = new AgencyReferences();
    private final EffectLog effects = new EffectLog();
    private final Map<String, Decided> decisions = new ConcurrentHashMap<>();

    IrnService(Clock clock, CivilRegistry registry) {
        this.clock = clock;
        this.policy = new CitizenCardPolicy(registry);
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

    Optional<IrnResult> find(String requestKey) {
        return Optional.ofNullable(decisions.get(requestKey)).map(Decided::result);
    }

    EffectLog effects() {
        return effects;
    }

    void reset() {
        decisions.clear();
        effects.clear();
        references.reset();
    }

    private IrnResult decide(String key, JsonNode body) {
        // Milliseconds are plenty for a receipt and keep the wire format short.
        Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        IrnResult result;
        try {
            CitizenCardRequest request = ServiceRequestReader.read(body);
            policy.check(request);
            LocalDate today = LocalDate.now(clock);
            result = new IrnResult.Accepted(
                    key,
                    request.service(),
                    references.next(today.getYear()),
                    WorkingDays.after(today, WORKING_DAYS_TO_DELIVER),
                    receivedAt);
        } catch (RequestRejected rejected) {
            result = new IrnResult.Rejected(
                    key, ServiceRequestReader.serviceOf(body), rejected.code(), rejected.getMessage(), receivedAt);
        }
        effects.record(effectOf(result));
        return result;
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
