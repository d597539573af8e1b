package org.citizenshop.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.ticket.PriorityReason;

/**
 * The body of a ticket request, {@code {"service":"IRN-CC","priority":"PREGNANCY"}}, read by hand so
 * that every malformed body gets a precise, translated answer rather than a provider's exception.
 */
record TicketOrder(String service, PriorityReason priority) {

    /** The body is missing, not JSON, or not a JSON object; {@code messageKey} says which. */
    static final class Unreadable extends RuntimeException {
        final String messageKey;

        Unreadable(String messageKey, Throwable cause) {
            super(messageKey, cause);
            this.messageKey = messageKey;
        }
    }

    static TicketOrder parse(String body) {
        JsonObject json = read(body);
        String service = string(json, "service");
        if (service == null || service.isBlank()) {
            throw new InvalidInputException("service", "validation.required", "service is required");
        }
        String priority = string(json, "priority");
        return new TicketOrder(service, priority == null || priority.isBlank() ? null : priority(priority));
    }

    private static JsonObject read(String body) {
        if (body == null || body.isBlank()) {
            throw new Unreadable("problem.bodyRequired", null);
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new Unreadable("problem.malformedBody", e);
        }
    }

    private static String string(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new InvalidInputException(field, "problem.malformedBody", field + " must be a string");
        }
        return json.getString(field);
    }

    private static PriorityReason priority(String text) {
        try {
            return PriorityReason.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed =
                    Arrays.stream(PriorityReason.values()).map(Enum::name).collect(Collectors.joining(", "));
            throw new InvalidInputException(
                    "priority", "problem.priority.unknown", "Unknown priority reason " + text, text, allowed);
        }
    }
}
