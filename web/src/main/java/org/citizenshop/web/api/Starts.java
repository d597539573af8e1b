package org.citizenshop.web.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.citizenshop.domain.model.InvalidInputException;

/** Reads a slot's start as the API gives it: an instant or a date-time with its offset. */
final class Starts {

    private Starts() {}

    static Instant parse(String start) {
        if (start == null || start.isBlank()) {
            throw new InvalidInputException("start", "validation.required", "start is required");
        }
        try {
            return OffsetDateTime.parse(start.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    "start", "appointment.startFormat", "A start looks like 2026-12-01T10:20:00Z", start);
        }
    }
}
