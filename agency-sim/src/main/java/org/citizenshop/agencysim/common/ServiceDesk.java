package org.citizenshop.agencysim.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Function;

/**
 * Decides tasks by their service's rule: a completion gets the next agency reference and its outputs, a refusal its
 * code and reason. It keeps no decisions itself; a {@link DecisionBook} does.
 */
public final class ServiceDesk {

    private final Clock clock;
    private final Function<String, String> referencePrefix;
    private final Map<String, ServiceRule> rules;
    private final References references = new References();

    /** {@code referencePrefix} turns a service code into its reference prefix, e.g. {@code AT-NIF -> AT}. */
    public ServiceDesk(Clock clock, Function<String, String> referencePrefix, Map<String, ServiceRule> rules) {
        this.clock = clock;
        this.referencePrefix = referencePrefix;
        this.rules = Map.copyOf(rules);
    }

    /** Where a request comes from: reading it may already refuse it. */
    @FunctionalInterface
    public interface RequestSource {

        ServiceRequest read() throws Rejected;
    }

    public boolean takes(String service) {
        return rules.containsKey(service);
    }

    /**
     * @param serviceHint the service the body names, for the effect log when it cannot be read; may be null
     */
    public Decision decide(String requestKey, String serviceHint, RequestSource source) {
        // Milliseconds are plenty for a receipt and keep the wire format short.
        Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String service = serviceHint;
        try {
            ServiceRequest request = source.read();
            service = request.service();
            ServiceRule rule = rules.get(service);
            if (rule == null) {
                throw new Rejected(
                        Rejected.UNKNOWN_SERVICE, "This agency does not take requests for service " + service + ".");
            }
            ServiceRule.Completion completion = rule.check(request);
            String reference = references.next(
                    referencePrefix.apply(service), LocalDate.now(clock).getYear());
            return new Decision(
                    requestKey, service, new Outcome.Completed(reference, completion.outputs(reference)), receivedAt);
        } catch (Rejected rejected) {
            return new Decision(
                    requestKey, service, new Outcome.Refused(rejected.code(), rejected.reason()), receivedAt);
        }
    }

    public void reset() {
        references.reset();
    }
}
