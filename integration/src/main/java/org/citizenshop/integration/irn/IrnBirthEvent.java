package org.citizenshop.integration.irn;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;
import org.citizenshop.application.ProposedCases;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.citizen.MobileNumber;

/**
 * Reads the civil registry's "birth registered" event (docs/agency-interfaces.md) into the
 * application's {@link ProposedCases.BirthRegistered}; nothing of its JSON passes this class.
 */
public final class IrnBirthEvent {

    private static final Logger LOG = Logger.getLogger(IrnBirthEvent.class.getName());

    static final String TYPE = "BIRTH_REGISTERED";

    /** The event cannot be taken; the message says why, for the log. */
    public static final class UnreadableException extends Exception {

        private static final long serialVersionUID = 1L;

        UnreadableException(String message) {
            super(message);
        }
    }

    private IrnBirthEvent() {}

    public static ProposedCases.BirthRegistered read(String body) throws UnreadableException {
        JsonObject event = object(body);
        String type = text(event, "type", 40, true);
        if (!TYPE.equals(type)) {
            throw new UnreadableException("unknown event type " + type);
        }
        JsonObject child = child(event, "child", true);
        JsonObject mother = child(event, "mother", true);
        JsonObject father = child(event, "father", false);
        Instant registeredAt;
        try {
            registeredAt = Instant.parse(text(event, "registeredAt", 40, true));
        } catch (DateTimeParseException e) {
            throw new UnreadableException("registeredAt is not an instant");
        }
        return new ProposedCases.BirthRegistered(
                text(event, "eventId", 36, true),
                text(event, "agencyReference", 60, true),
                text(event, "birthRecordNumber", 60, true),
                text(child, "civilId", 8, true),
                text(child, "givenNames", 200, true),
                text(child, "surnames", 200, true),
                text(child, "birthDate", 10, true),
                text(child, "birthTime", 5, false),
                text(child, "birthPlace", 200, false),
                text(child, "sex", 1, false),
                text(mother, "civilId", 8, true),
                father == null ? null : text(father, "civilId", 8, true),
                text(event, "parentsMaritalStatus", 20, false),
                text(event, "address", 300, true),
                registeredAt,
                mobile(mother),
                father == null ? null : mobile(father));
    }

    /**
     * A parent's mobile number the maternity took, to tell him of the proposal; left out (and the
     * event kept) when missing or not a Portuguese mobile number: the birth is what matters.
     */
    private static String mobile(JsonObject parent) {
        JsonValue value = parent.get("mobile");
        if (!(value instanceof JsonString text)) {
            return null;
        }
        try {
            return MobileNumber.of(text.getString()).value();
        } catch (InvalidInputException notAMobile) {
            LOG.warning("A birth event's parent mobile number is not a Portuguese mobile number: left out");
            return null;
        }
    }

    private static JsonObject object(String body) throws UnreadableException {
        if (body == null || body.isBlank()) {
            throw new UnreadableException("empty body");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            // Parsson throws JsonException, and a bare RuntimeException for nesting deeper than it allows.
            throw new UnreadableException("not a JSON object: " + e.getMessage());
        }
    }

    private static JsonObject child(JsonObject parent, String field, boolean required) throws UnreadableException {
        JsonValue value = parent.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw new UnreadableException(field + " is missing");
            }
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new UnreadableException(field + " is not an object");
        }
        return value.asJsonObject();
    }

    private static String text(JsonObject parent, String field, int maxLength, boolean required)
            throws UnreadableException {
        JsonValue value = parent.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw new UnreadableException(field + " is missing");
            }
            return null;
        }
        if (!(value instanceof JsonString text) || text.getString().isBlank()) {
            throw new UnreadableException(field + " is not text");
        }
        if (text.getString().length() > maxLength) {
            throw new UnreadableException(field + " is longer than " + maxLength);
        }
        return text.getString();
    }
}
