package org.citizenshop.agencysim.irn;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.citizenshop.agencysim.common.Fields;
import org.citizenshop.agencysim.common.Json;
import org.citizenshop.agencysim.common.Rejected;
import org.citizenshop.agencysim.common.ServiceRequest;
import org.citizenshop.agencysim.common.WebhookSender;

/**
 * Births registered at a maternity's desk ({@code Nascer Cidadão}): each is registered as an IRN-BIRTH request would
 * be, under the key {@code maternity-<eventId>}, and the shop is told with a signed {@code BIRTH_REGISTERED} event,
 * first tried at once and retried until it answers 2xx. A refused birth registers nothing and sends nothing.
 */
final class BirthEvents {

    static final String KEY_PREFIX = "maternity-";

    private final IrnService service;
    private final WebhookSender sender;
    private final URI url;
    private final Queue<BirthEvent> sent = new ConcurrentLinkedQueue<>();

    BirthEvents(IrnService service, WebhookSender sender, URI url) {
        this.service = service;
        this.sender = sender;
        this.url = url;
    }

    /** What became of one birth declared: the event sent, or why the registry refused it. */
    sealed interface Registration {

        record Registered(BirthEvent event, String body) implements Registration {}

        record Refused(RejectionCode code, String reason) implements Registration {}
    }

    /** One event and its delivery so far, as the admin list shows it. */
    record Sent(BirthEvent event, String url, boolean delivered, List<Attempt> attempts) {}

    /**
     * One try to deliver an event.
     *
     * @param httpStatus the shop's status, or null when no answer came (refused, timed out)
     * @param error why no answer came, or null
     */
    record Attempt(int attempt, Instant at, Integer httpStatus, String error, boolean delivered) {}

    Registration register(JsonNode body) {
        UUID eventId = UUID.randomUUID();
        ServiceRequest request;
        String motherMobile;
        String fatherMobile;
        try {
            request = MaternityBirthReader.read(body);
            motherMobile = MaternityBirthReader.mobile(body, "mother");
            fatherMobile = MaternityBirthReader.mobile(body, "father");
        } catch (Rejected unreadable) {
            return refused(RejectionCode.of(unreadable.code()), unreadable.reason());
        }
        IrnResult result = service.registerBirth(KEY_PREFIX + eventId, body, request);
        if (result instanceof IrnResult.Rejected rejected) {
            return refused(rejected.code(), rejected.reason());
        }
        BirthEvent event = eventOf(eventId, (IrnResult.Completed) result, request, motherMobile, fatherMobile);
        // Rendered once: the answer, every attempt and its signature carry these very bytes.
        String rendered = Json.write(event);
        sent.add(event);
        sender.send(new WebhookSender.Delivery(event.eventId(), event.agencyReference(), url, rendered), 0);
        return new Registration.Registered(event, rendered);
    }

    List<Sent> sent() {
        List<WebhookSender.Attempt> attempts = sender.attempts();
        return sent.stream()
                .map(event -> {
                    List<Attempt> tries = attempts.stream()
                            .filter(attempt -> attempt.key().equals(event.eventId()))
                            .map(attempt -> new Attempt(
                                    attempt.attempt(),
                                    attempt.at(),
                                    attempt.httpStatus(),
                                    attempt.error(),
                                    attempt.delivered()))
                            .toList();
                    return new Sent(event, url.toString(), tries.stream().anyMatch(Attempt::delivered), tries);
                })
                .toList();
    }

    /** Forgets the events sent and drops the deliveries not yet made. */
    void reset() {
        sent.clear();
        sender.reset();
    }

    private static Registration refused(RejectionCode code, String reason) {
        return new Registration.Refused(code, MaternityBirthReader.inBodyTerms(reason));
    }

    /** The event of a birth registered: the declared data as the rule read it, the numbers as it gave them. */
    private static BirthEvent eventOf(
            UUID eventId,
            IrnResult.Completed registered,
            ServiceRequest request,
            String motherMobile,
            String fatherMobile) {
        Fields fields = request.read();
        Map<String, String> outputs = registered.outputs();
        try {
            Optional<String> father = fields.optionalCivilId("father.civilId");
            return new BirthEvent(
                    eventId.toString(),
                    BirthEvent.BIRTH_REGISTERED,
                    registered.receivedAt(),
                    registered.agencyReference(),
                    outputs.get("birth.recordNumber"),
                    new BirthEvent.Child(
                            outputs.get("child.civilId"),
                            oneLine(fields.text("child.givenNames")),
                            oneLine(fields.text("child.surnames")),
                            fields.date("child.birthDate").toString(),
                            fields.time("child.birthTime").toString(),
                            fields.text("child.birthPlace"),
                            fields.text("child.sex")),
                    new BirthEvent.Parent(fields.civilId("mother.civilId"), motherMobile),
                    father.map(civilId -> new BirthEvent.Parent(civilId, fatherMobile))
                            .orElse(null),
                    fields.text(MaternityBirthReader.MARITAL_STATUS_KEY),
                    fields.text("address"));
        } catch (Rejected impossible) {
            throw new IllegalStateException("A birth registered has fields its rule refuses", impossible);
        }
    }

    /** Names as the registry records them: single spaces between words. */
    private static String oneLine(String names) {
        return names.strip().replaceAll("\\s+", " ");
    }
}
