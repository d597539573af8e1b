package org.citizenshop.integration.imt;

import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.citizenshop.integration.delivery.TaskAnswer;
import org.citizenshop.integration.delivery.TaskOutcome;
import org.citizenshop.integration.json.JsonDocuments;

/**
 * Translates the driving authority's reply message at the edge: its {@code JMSCorrelationID} is the
 * task's request key, its text {@code {"requestKey", "status": "COMPLETED"|"REJECTED",
 * "agencyReference", "outputs", "code", "reason", "document"}}. A reply is taken only when it is whole and fits
 * what the application records (the sizes of {@code TaskOutcomes}); anything else is unreadable, and
 * says which task it was for when that is known. A rejection of the message itself (an invalid or
 * reused request key, a malformed body) is no answer to the citizen's case either: it is the shop's
 * fault, as the tax authority's envelope faults are (docs/agency-interfaces.md). A completion may carry
 * the document the agency issued (IMT-LICENCE's temporary permit), in the civil registry's JSON shape;
 * one the shop cannot accept does not make the reply unreadable: the completion keeps its problem.
 */
public final class ImtReplyTranslator {

    /** A reply is at most this long besides its document's content: no answer of the agency comes near. */
    static final int MAX_TEXT = 64 * 1024;

    /** Longer replies are not parsed at all: the longest answer with the longest document the shop reads. */
    static final long MAX_REPLY = MAX_TEXT + JsonDocuments.longestContent();

    private static final Pattern REQUEST_KEY = Pattern.compile("[A-Za-z0-9-]{1,36}");
    private static final int MAX_STATUS = 20;
    private static final int MAX_REFERENCE = 60;
    private static final int MAX_CODE = 40;
    private static final int MAX_OUTPUTS = 40;
    private static final int MAX_OUTPUT_KEY = 60;
    private static final int MAX_OUTPUT_VALUE = 500;

    /** A member given twice (two statuses, say) makes the reply ambiguous: it is refused, not guessed at. */
    private static final JsonReaderFactory READERS =
            Json.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

    /** Refusals of the message itself rather than of the case: how the shop wrote it, not the citizen's fault. */
    static final Set<String> ENVELOPE_REFUSALS = Set.of("INVALID_REQUEST_KEY", "MALFORMED", "KEY_REUSED");

    /**
     * The reply is no answer to the case: it cannot be read, or the agency refused the message itself.
     * The message says why, in words for the log and for the task's last error.
     */
    public static final class UnusableReplyException extends Exception {

        private static final long serialVersionUID = 1L;

        private final String taskKey;

        UnusableReplyException(String taskKey, String message) {
            super(message);
            this.taskKey = taskKey;
        }

        /** The task the reply was for, when that much could be read; its delivery cannot succeed as it is. */
        public Optional<String> taskKey() {
            return Optional.ofNullable(taskKey);
        }
    }

    /** A reply that cannot be read, for the task of this key (null when unknown). */
    static UnusableReplyException unreadable(String taskKey, String problem) {
        return new UnusableReplyException(taskKey, "The driving authority's reply is unreadable: " + problem);
    }

    private ImtReplyTranslator() {}

    /**
     * The answer a reply carries.
     *
     * @param correlationId the message's {@code JMSCorrelationID}
     * @param text the message's text, null when it is not a text message
     */
    public static TaskAnswer read(String correlationId, String text) throws UnusableReplyException {
        String key = requestKey(correlationId).orElse(null);
        JsonObject reply = object(key, text);
        String replyKey = text(reply, "requestKey", key);
        if (key == null) {
            throw unreadable(
                    requestKey(replyKey).orElse(null),
                    correlationId == null
                            ? "the reply has no JMSCorrelationID"
                            : "the JMSCorrelationID is not a request key");
        }
        if (replyKey != null && !replyKey.equals(key)) {
            throw unreadable(key, "the reply's requestKey " + printable(replyKey) + " is not its JMSCorrelationID");
        }
        String status = required(reply, "status", MAX_STATUS, key);
        return switch (status) {
            case "COMPLETED" -> new TaskAnswer(key, completed(reply, key));
            case "REJECTED" -> new TaskAnswer(key, rejected(reply, key));
            default -> throw unreadable(key, "unknown status " + printable(status));
        };
    }

    /** The request key a correlation id names, when it is one. */
    public static Optional<String> requestKey(String correlationId) {
        return correlationId != null && REQUEST_KEY.matcher(correlationId).matches()
                ? Optional.of(correlationId)
                : Optional.empty();
    }

    /** Any text from the wire, safe to write into a log line: no control characters (line breaks, escapes), clipped. */
    public static String printable(String text) {
        return text == null ? "(none)" : "'" + printable(text, 60) + "'";
    }

    private static String printable(String text, int maxLength) {
        String safe = text.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "?");
        return safe.length() <= maxLength ? safe : safe.substring(0, maxLength) + "…";
    }

    private static TaskOutcome.Completed completed(JsonObject reply, String key) throws UnusableReplyException {
        String reference = required(reply, "agencyReference", MAX_REFERENCE, key);
        return new TaskOutcome.Completed(reference, outputs(reply, key), JsonDocuments.read(reply.get("document")));
    }

    private static TaskOutcome.Rejected rejected(JsonObject reply, String key) throws UnusableReplyException {
        String code = required(reply, "code", MAX_CODE, key);
        String reason = text(reply, "reason", key);
        if (reason == null || reason.isBlank()) {
            reason = code;
        }
        if (ENVELOPE_REFUSALS.contains(code)) {
            // The agency refused how the shop wrote the message, not the citizen's case: a fault of ours.
            throw new UnusableReplyException(
                    key, "The driving authority refused the request message: " + code + ": " + printable(reason, 300));
        }
        return new TaskOutcome.Rejected(code, reason);
    }

    private static Map<String, String> outputs(JsonObject reply, String key) throws UnusableReplyException {
        JsonValue given = reply.get("outputs");
        Map<String, String> outputs = new LinkedHashMap<>();
        if (given == null || given.getValueType() == JsonValue.ValueType.NULL) {
            return outputs;
        }
        if (given.getValueType() != JsonValue.ValueType.OBJECT) {
            throw unreadable(key, "outputs is not an object");
        }
        if (given.asJsonObject().size() > MAX_OUTPUTS) {
            throw unreadable(key, "more than " + MAX_OUTPUTS + " outputs");
        }
        for (Map.Entry<String, JsonValue> output : given.asJsonObject().entrySet()) {
            String name = output.getKey();
            if (name.isBlank() || name.length() > MAX_OUTPUT_KEY) {
                throw unreadable(key, "output name " + printable(name) + " is blank or longer than " + MAX_OUTPUT_KEY);
            }
            if (!(output.getValue() instanceof JsonString value)) {
                throw unreadable(key, "output " + printable(name) + " is not text");
            }
            if (value.getString().length() > MAX_OUTPUT_VALUE) {
                throw unreadable(
                        key, "output " + printable(name) + " is longer than " + MAX_OUTPUT_VALUE + " characters");
            }
            outputs.put(name, value.getString());
        }
        return outputs;
    }

    private static String required(JsonObject reply, String field, int maxLength, String key)
            throws UnusableReplyException {
        String value = text(reply, field, key);
        if (value == null || value.isBlank()) {
            throw unreadable(key, "no " + field);
        }
        if (value.length() > maxLength) {
            throw unreadable(key, field + " is longer than " + maxLength + " characters");
        }
        return value;
    }

    /** A member's text; null when it is missing or JSON null. */
    private static String text(JsonObject reply, String field, String key) throws UnusableReplyException {
        JsonValue value = reply.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw unreadable(key, field + " is not text");
        }
        return text.getString();
    }

    private static JsonObject object(String key, String text) throws UnusableReplyException {
        if (text == null) {
            throw unreadable(key, "the reply is not a text message");
        }
        if (text.isBlank()) {
            throw unreadable(key, "the reply is empty");
        }
        if (text.length() > MAX_REPLY) {
            throw unreadable(key, "the reply is longer than " + MAX_REPLY + " characters");
        }
        JsonObject reply;
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            reply = reader.readObject();
        } catch (RuntimeException e) {
            // JsonException for bad syntax, duplicate members, another value than an object; Parsson
            // throws a bare RuntimeException for nesting deeper than its limit (1000): all unreadable.
            throw unreadable(
                    key, "the reply is not a JSON object (" + printable(e.getMessage()) + "): " + printable(text));
        }
        int document = JsonDocuments.contentLength(reply.get("document"));
        if (text.length() - document > MAX_TEXT) {
            throw unreadable(
                    key,
                    "the reply is longer than " + MAX_TEXT + " characters"
                            + (document > 0 ? " besides its document" : ""));
        }
        return reply;
    }
}
