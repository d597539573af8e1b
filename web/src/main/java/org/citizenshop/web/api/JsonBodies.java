package org.citizenshop.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.citizenshop.domain.model.InvalidInputException;

/**
 * Request bodies read by hand with JSON-P, so that every malformed body gets a precise, translated
 * answer (which field, what is wrong) rather than a provider's exception.
 */
final class JsonBodies {

    /** The body is missing, not JSON, or not a JSON object; {@code messageKey} says which. */
    static final class Unreadable extends RuntimeException {
        final String messageKey;

        Unreadable(String messageKey, Throwable cause) {
            super(messageKey, cause);
            this.messageKey = messageKey;
        }
    }

    /**
     * One factory for every body: {@code Json.createReader} looks the JSON-P provider up with a
     * {@code ServiceLoader} on every call, which cost more than reading the body itself.
     */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(null);

    private JsonBodies() {}

    static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new Unreadable("problem.bodyRequired", null);
        }
        try (JsonReader reader = READERS.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new Unreadable("problem.malformedBody", e);
        }
    }

    /** A string field, or null when absent or JSON null; any other type is the caller's mistake. */
    static String string(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new InvalidInputException(field, "problem.malformedBody", field + " must be a string");
        }
        return json.getString(field);
    }

    /** A whole-number field, or {@code fallback} when absent or JSON null. */
    static int integer(JsonObject json, String field, int fallback) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return fallback;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER || !((jakarta.json.JsonNumber) value).isIntegral()) {
            throw new InvalidInputException(field, "problem.malformedBody", field + " must be a whole number");
        }
        return ((jakarta.json.JsonNumber) value).intValueExact();
    }
}
