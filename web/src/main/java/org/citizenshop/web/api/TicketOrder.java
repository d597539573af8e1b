package org.citizenshop.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.ticket.PriorityReason;

/**
 * The body of a ticket request: {@code {"service":"IRN-CC"}}, or a journey
 * {@code {"services":["IRN-CC","AT-NIF"]}}, with an optional {@code "priority":"PREGNANCY"}.
 */
record TicketOrder(List<String> services, PriorityReason priority) {

    static TicketOrder parse(String body) {
        JsonObject json = JsonBodies.object(body);
        List<String> services = services(json);
        if (services.isEmpty()) {
            throw new InvalidInputException("service", "validation.required", "service is required");
        }
        String priority = JsonBodies.string(json, "priority");
        return new TicketOrder(services, priority == null || priority.isBlank() ? null : priority(priority));
    }

    private static List<String> services(JsonObject json) {
        List<String> services = new ArrayList<>();
        String single = JsonBodies.string(json, "service");
        if (single != null && !single.isBlank()) {
            services.add(single);
        }
        JsonValue many = json.get("services");
        if (many != null && many.getValueType() != JsonValue.ValueType.NULL) {
            if (many.getValueType() != JsonValue.ValueType.ARRAY) {
                throw new InvalidInputException("services", "problem.malformedBody", "services must be a list");
            }
            for (JsonValue each : (JsonArray) many) {
                if (each.getValueType() != JsonValue.ValueType.STRING) {
                    throw new InvalidInputException("services", "problem.malformedBody", "services are codes");
                }
                services.add(((jakarta.json.JsonString) each).getString());
            }
        }
        return services;
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
