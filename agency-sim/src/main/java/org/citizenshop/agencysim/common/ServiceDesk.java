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
    private final DocumentIssuer documents;
    private final References references = new References();

    /** {@code referencePrefix} turns a service code into its reference prefix, e.g. {@code AT-NIF -> AT}. */
    public ServiceDesk(Clock clock, Function<String, String> referencePrefix, Map<String, ServiceRule> rules) {
        this(clock, referencePrefix, rules, DocumentIssuer.NONE);
    }

    /** A desk whose completions may come with a document ({@code documents} decides which). */
    public ServiceDesk(
            Clock clock,
            Function<String, String> referencePrefix,
            Map<String, ServiceRule> rules,
            DocumentIssuer documents) {
        this.clock = clock;
        this.referencePrefix = referencePrefix;
        this.rules = Map.copyOf(rules);
        this.documents = documents;
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
            Map<String, String> outputs = completion.outputs(reference);
            IssuedDocument document =
                    documents.issue(request, reference, outputs, receivedAt).orElse(null);
            return new Decision(requestKey, service, new Outcome.Completed(reference, outputs, document), receivedAt);
        } catch (Rejected rejected) {
            return new Decision(
                    requestKey, service, new Outcome.Refused(rejected.code(), rejected.reason()), receivedAt);
        }
    }

    public void reset() {
        references.reset();
    }
}
