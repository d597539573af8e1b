package org.citizenshop.agencysim.cml;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.citizenshop.agencysim.common.Decision;
import org.citizenshop.agencysim.common.DecisionBook;
import org.citizenshop.agencysim.common.DocumentBody;
import org.citizenshop.agencysim.common.EffectLog;
import org.citizenshop.agencysim.common.Json;
import org.citizenshop.agencysim.common.JsonServiceRequests;
import org.citizenshop.agencysim.common.Keyed;
import org.citizenshop.agencysim.common.Outcome;
import org.citizenshop.agencysim.common.Rejected;
import org.citizenshop.agencysim.common.ServiceDesk;
import org.citizenshop.agencysim.common.ServiceRequest;
import org.citizenshop.agencysim.common.WebhookSender;

/**
 * Decides municipal requests at most once per request key, and schedules the one callback of each request
 * acknowledged; a replay schedules none. References are {@code CML-<year>-<sequence>}.
 */
final class CmlService {

    static final String REFERENCE_PREFIX = "CML";

    private final ServiceDesk desk;
    private final CmlDocuments documents = new CmlDocuments();
    private final WebhookSender callbacks;
    private final long callbackMillis;
    private final DecisionBook<JsonNode, CmlResult> book = new DecisionBook<>();

    /** Each callback is first tried {@code callbackMillis} after the request is acknowledged. */
    CmlService(Clock clock, WebhookSender callbacks, long callbackMillis) {
        this.desk = new ServiceDesk(clock, service -> REFERENCE_PREFIX, CmlRules.all());
        this.callbacks = callbacks;
        this.callbackMillis = callbackMillis;
    }

    Keyed<CmlResult> submit(String requestKey, JsonNode body) {
        Keyed<CmlResult> submission = book.submit(requestKey, body, key -> decide(key, body));
        if (submission.kind() == Keyed.Kind.NEW && submission.result().acknowledged()) {
            CmlResult result = submission.result();
            callbacks.send(
                    new WebhookSender.Delivery(
                            requestKey,
                            result.agencyReference(),
                            result.callbackUrl(),
                            callbackBody(requestKey, result)),
                    callbackMillis);
        }
        return submission;
    }

    List<CallbackAttempt> callbackAttempts() {
        return callbacks.attempts().stream().map(CallbackAttempt::of).toList();
    }

    EffectLog effects() {
        return book.effects();
    }

    void reset() {
        book.reset();
        desk.reset();
        callbacks.reset();
    }

    private CmlResult decide(String key, JsonNode body) {
        AtomicReference<ServiceRequest> read = new AtomicReference<>();
        AtomicReference<URI> callbackUrl = new AtomicReference<>();
        Decision acknowledgement = desk.decide(key, JsonServiceRequests.serviceOf(body), () -> {
            ServiceRequest request = JsonServiceRequests.read(body);
            callbackUrl.set(callbackUrl(body));
            read.set(request);
            return request;
        });
        if (!(acknowledgement.outcome() instanceof Outcome.Completed completed)) {
            return new CmlResult(acknowledgement, null, null);
        }
        Optional<Outcome.Refused> refusal = CmlRules.laterRefusal(read.get());
        if (refusal.isPresent()) {
            return new CmlResult(acknowledgement, callbackUrl.get(), refusal.get());
        }
        // Issued with the decision, once per key: every attempt of the callback carries the same bytes.
        Outcome.Completed withDocument = new Outcome.Completed(
                completed.agencyReference(),
                completed.outputs(),
                documents
                        .issue(
                                read.get(),
                                completed.agencyReference(),
                                completed.outputs(),
                                acknowledgement.receivedAt())
                        .orElse(null));
        return new CmlResult(acknowledgement, callbackUrl.get(), withDocument);
    }

    /** {@code callbackUrl}: an absolute http or https URL. */
    private static URI callbackUrl(JsonNode body) throws Rejected {
        JsonNode node = body.get("callbackUrl");
        String text = node != null && node.isTextual() ? node.textValue() : "";
        try {
            URI url = new URI(text);
            if (url.isAbsolute()
                    && ("http".equals(url.getScheme()) || "https".equals(url.getScheme()))
                    && url.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException notAUri) {
            // Refused below, as a missing one.
        }
        throw new Rejected(Rejected.INVALID_REQUEST, "callbackUrl must be an absolute http or https URL.");
    }

    /** The callback's body, rendered once so that every attempt sends (and signs) the same bytes. */
    private static String callbackBody(String requestKey, CmlResult result) {
        if (result.outcome() instanceof Outcome.Refused refused) {
            return Json.write(new CallbackBody(
                    requestKey,
                    result.agencyReference(),
                    Decision.REJECTED,
                    Map.of(),
                    refused.code(),
                    refused.reason(),
                    null));
        }
        Outcome.Completed completed = (Outcome.Completed) result.outcome();
        return Json.write(new CallbackBody(
                requestKey,
                result.agencyReference(),
                Decision.COMPLETED,
                completed.outputs(),
                null,
                null,
                completed.document() == null ? null : DocumentBody.of(completed.document())));
    }

    /**
     * Every key is always present: {@code code} and {@code reason} are null for a completion, {@code document} for a
     * rejection.
     */
    private record CallbackBody(
            String requestKey,
            String agencyReference,
            String status,
            Map<String, String> outputs,
            String code,
            String reason,
            DocumentBody document) {}
}
