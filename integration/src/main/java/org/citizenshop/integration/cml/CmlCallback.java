package org.citizenshop.integration.cml;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.citizenshop.integration.delivery.TaskAnswer;
import org.citizenshop.integration.delivery.TaskOutcome;
import org.citizenshop.integration.delivery.WebhookSignature;
import org.citizenshop.integration.json.JsonDocuments;

/**
 * The municipality's call back with the result of a task it acknowledged. It is genuine when its
 * {@code X-CML-Signature} is {@code sha256=} and the hex HMAC-SHA256 of the raw body with the secret
 * the municipality shares with the shop; only then is the body read. A completion may carry the
 * municipality's confirmation of the records updated, as a {@code document} object shaped as the
 * civil registry's ({@link JsonDocuments}); one the shop cannot accept completes the task without it.
 */
public final class CmlCallback {

    /** The callback cannot be taken as an answer; the message says why, for the log. */
    public static final class UnreadableException extends Exception {

        private static final long serialVersionUID = 1L;

        UnreadableException(String message) {
            super(message);
        }
    }

    private CmlCallback() {}

    /** Compares in constant time (see {@link WebhookSignature}). */
    public static boolean genuine(String body, String signature, String secret) {
        return WebhookSignature.genuine(body, signature, secret);
    }

    /** The signature header the municipality sends with a body (and the tests, to sign theirs). */
    public static String signature(String body, String secret) {
        return WebhookSignature.of(body, secret);
    }

    public static TaskAnswer read(String body) throws UnreadableException {
        JsonObject callback = object(body);
        String key = text(callback, "requestKey", 36);
        String status = text(callback, "status", 20);
        return switch (status) {
            case "COMPLETED" ->
                new TaskAnswer(
                        key,
                        new TaskOutcome.Completed(
                                text(callback, "agencyReference", 60),
                                outputs(callback),
                                JsonDocuments.read(callback.get("document"))));
            case "REJECTED" -> new TaskAnswer(key, rejected(callback));
            default -> throw new UnreadableException("unknown status " + status);
        };
    }

    private static TaskOutcome.Rejected rejected(JsonObject callback) throws UnreadableException {
        String code = text(callback, "code", 40);
        String reason = callback.getString("reason", null);
        return new TaskOutcome.Rejected(code, reason == null || reason.isBlank() ? code : reason);
    }

    private static Map<String, String> outputs(JsonObject callback) throws UnreadableException {
        JsonValue given = callback.get("outputs");
        Map<String, String> outputs = new LinkedHashMap<>();
        if (given == null || given.getValueType() == JsonValue.ValueType.NULL) {
            return outputs;
        }
        if (given.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new UnreadableException("outputs is not an object");
        }
        for (Map.Entry<String, JsonValue> output : given.asJsonObject().entrySet()) {
            if (!(output.getValue() instanceof JsonString value)) {
                throw new UnreadableException("output " + output.getKey() + " is not text");
            }
            outputs.put(output.getKey(), value.getString());
        }
        return outputs;
    }

    private static String text(JsonObject callback, String field, int maxLength) throws UnreadableException {
        String value = callback.getString(field, null);
        if (value == null || value.isBlank()) {
            throw new UnreadableException("no " + field);
        }
        if (value.length() > maxLength) {
            throw new UnreadableException(field + " is longer than " + maxLength + " characters");
        }
        return value;
    }

    private static JsonObject object(String body) throws UnreadableException {
        if (body == null || body.isBlank()) {
            throw new UnreadableException("empty body");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            // Parsson also throws a bare RuntimeException, e.g. for nesting deeper than it allows.
            throw new UnreadableException("not a JSON object: " + e.getMessage());
        }
    }
}
