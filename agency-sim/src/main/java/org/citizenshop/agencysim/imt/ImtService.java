package org.citizenshop.agencysim.imt;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.citizenshop.agencysim.common.Decision;
import org.citizenshop.agencysim.common.DecisionBook;
import org.citizenshop.agencysim.common.DocumentBody;
import org.citizenshop.agencysim.common.EffectLog;
import org.citizenshop.agencysim.common.IdempotencyKeys;
import org.citizenshop.agencysim.common.Json;
import org.citizenshop.agencysim.common.JsonServiceRequests;
import org.citizenshop.agencysim.common.Keyed;
import org.citizenshop.agencysim.common.Outcome;
import org.citizenshop.agencysim.common.ServiceDesk;

/**
 * Answers one request message: decided at most once per request key (its correlation id), so that a message delivered
 * again is answered again with the same reply and no new effect. References are {@code IMT-<year>-<sequence>}.
 */
final class ImtService {

    static final String REFERENCE_PREFIX = "IMT";

    private final ImtRules rules;
    private final ServiceDesk desk;
    private final DecisionBook<JsonNode, Decision> book = new DecisionBook<>();

    ImtService(Clock clock) {
        this.rules = new ImtRules(clock);
        this.desk = new ServiceDesk(clock, service -> REFERENCE_PREFIX, rules.all(), new ImtDocuments());
    }

    /** The reply's text to a request message with this correlation id and text (null when not a text message). */
    String answer(String requestKey, String text) {
        if (!IdempotencyKeys.isValid(requestKey)) {
            return refused(
                    requestKey,
                    "INVALID_REQUEST_KEY",
                    "JMSCorrelationID must be the request key: 1 to 100 of A-Z, a-z, 0-9, -.");
        }
        Optional<JsonNode> body =
                text == null ? Optional.empty() : Json.parse(text).filter(JsonNode::isObject);
        if (body.isEmpty()) {
            return refused(requestKey, "MALFORMED", "The message is not a text message holding a JSON object.");
        }
        Keyed<Decision> submission = book.submit(
                requestKey,
                body.get(),
                key -> desk.decide(
                        key, JsonServiceRequests.serviceOf(body.get()), () -> JsonServiceRequests.read(body.get())));
        if (submission.kind() == Keyed.Kind.KEY_REUSED) {
            return refused(requestKey, "KEY_REUSED", "This request key was already used for a different request.");
        }
        return reply(submission.result());
    }

    EffectLog effects() {
        return book.effects();
    }

    void reset() {
        book.reset();
        desk.reset();
    }

    private static String reply(Decision decision) {
        if (decision.outcome() instanceof Outcome.Completed completed) {
            return Json.write(new Reply(
                    decision.requestKey(),
                    Decision.COMPLETED,
                    completed.agencyReference(),
                    completed.outputs(),
                    null,
                    null,
                    completed.document() == null ? null : DocumentBody.of(completed.document())));
        }
        Outcome.Refused refused = (Outcome.Refused) decision.outcome();
        return refused(decision.requestKey(), refused.code(), refused.reason());
    }

    private static String refused(String requestKey, String code, String reason) {
        return Json.write(new Reply(requestKey, Decision.REJECTED, null, Map.of(), code, reason, null));
    }

    /**
     * Every key is always present; what does not apply is null (or no outputs): {@code document} is the one issued
     * with a completion (IMT-LICENCE's temporary permit), null for the others and for a rejection.
     */
    private record Reply(
            String requestKey,
            String status,
            String agencyReference,
            Map<String, String> outputs,
            String code,
            String reason,
            DocumentBody document) {}
}
