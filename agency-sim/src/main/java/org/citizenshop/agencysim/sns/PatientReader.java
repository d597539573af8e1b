package org.citizenshop.agencysim.sns;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.citizenshop.agencysim.common.Address;
import org.citizenshop.agencysim.common.Identifiers;
import org.citizenshop.agencysim.common.Rejected;

/** Reads the parts of a {@code Patient} the registry acts on; everything else in it is ignored. */
final class PatientReader {

    private static final List<String> GENDERS = List.of("male", "female", "other", "unknown");

    private PatientReader() {}

    static void requirePatient(JsonNode resource) throws Rejected {
        JsonNode type = resource.get("resourceType");
        if (type == null || !"Patient".equals(type.asText())) {
            throw invalid("The resource must be a Patient.");
        }
    }

    /** The value of the identifier of {@code system}; empty when there is none. */
    static Optional<String> identifier(JsonNode resource, String system) throws Rejected {
        JsonNode identifiers = resource.get("identifier");
        if (identifiers == null || identifiers.isNull()) {
            return Optional.empty();
        }
        if (!identifiers.isArray()) {
            throw invalid("Patient.identifier must be an array.");
        }
        for (JsonNode identifier : identifiers) {
            if (system.equals(identifier.path("system").asText())) {
                return Optional.of(identifier.path("value").asText());
            }
        }
        return Optional.empty();
    }

    static String civilId(JsonNode resource) throws Rejected {
        String civilId = identifier(resource, Fhir.CIVIL_ID_SYSTEM)
                .orElseThrow(() -> invalid("The Patient needs an identifier of system " + Fhir.CIVIL_ID_SYSTEM + "."));
        if (!Identifiers.isCivilId(civilId)) {
            throw new Rejected(Rejected.INVALID_CIVIL_ID, "A civil ID number has 8 digits, not " + civilId + ".");
        }
        return civilId;
    }

    static boolean hasAddress(JsonNode resource) {
        JsonNode address = resource.get("address");
        return address != null && !address.isNull();
    }

    /** {@code address[0]}: its {@code postalCode}, or else the postal code in its {@code text}. */
    static Address address(JsonNode resource) throws Rejected {
        JsonNode addresses = resource.get("address");
        if (addresses == null
                || !addresses.isArray()
                || addresses.isEmpty()
                || !addresses.get(0).isObject()) {
            throw new Rejected(
                    Rejected.INVALID_ADDRESS, "The Patient needs an address: address[0].text and postalCode.");
        }
        JsonNode first = addresses.get(0);
        String text = first.path("text").asText("").strip();
        String postalCode = first.path("postalCode").asText("").strip();
        if (!postalCode.isEmpty() && !Identifiers.isPostalCode(postalCode)) {
            throw new Rejected(
                    Rejected.INVALID_ADDRESS,
                    "address[0].postalCode must be NNNN-NNN, first digit 1 to 9, not " + postalCode + ".");
        }
        if (postalCode.isEmpty()) {
            postalCode = Identifiers.postalCodeIn(text);
        }
        if (postalCode == null) {
            throw new Rejected(
                    Rejected.INVALID_ADDRESS,
                    "address[0] must give a postal code NNNN-NNN, in postalCode or in its text.");
        }
        return new Address(text.isEmpty() ? postalCode : text, postalCode);
    }

    /** A FHIR date, when given; not after today. */
    static Optional<LocalDate> birthDate(JsonNode resource, LocalDate today) throws Rejected {
        JsonNode node = resource.get("birthDate");
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(node.asText());
            if (date.isAfter(today)) {
                throw invalid("birthDate is in the future: " + date + ".");
            }
            return Optional.of(date);
        } catch (DateTimeParseException notADate) {
            throw invalid("birthDate must be a date yyyy-MM-dd, not " + node.asText() + ".");
        }
    }

    static Optional<String> gender(JsonNode resource) throws Rejected {
        JsonNode node = resource.get("gender");
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!GENDERS.contains(node.asText())) {
            throw invalid("gender must be one of " + String.join(", ", GENDERS) + ".");
        }
        return Optional.of(node.asText());
    }

    static boolean hasDeceasedDateTime(JsonNode resource) {
        JsonNode node = resource.get("deceasedDateTime");
        return node != null && !node.isNull();
    }

    /** A FHIR dateTime given as a date or as a date and time with its offset; not in the future. */
    static String deceasedDateTime(JsonNode resource, Instant now, ZoneId zone) throws Rejected {
        String text = resource.path("deceasedDateTime").asText("");
        Instant when;
        try {
            when = text.length() == 10
                    ? LocalDate.parse(text).atStartOfDay(zone).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notADateTime) {
            throw invalid(
                    "deceasedDateTime must be a date yyyy-MM-dd or a date and time with its offset, not " + text + ".");
        }
        if (when.isAfter(now)) {
            throw invalid("deceasedDateTime is in the future: " + text + ".");
        }
        return text;
    }

    private static Rejected invalid(String reason) {
        return new Rejected(Rejected.INVALID_REQUEST, reason);
    }
}
