package org.citizenshop.integration.irn;

import jakarta.enterprise.context.Dependent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.citizenshop.application.port.CivilRegistry;
import org.citizenshop.application.port.RegistryUnavailableException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.citizen.CivilIdNumber;
import org.citizenshop.domain.model.citizen.PostalCode;
import org.citizenshop.integration.delivery.TransientAgencyException;

/**
 * Translates a record lookup at the civil registry's edge: the query into the registry's GET with
 * its headers, and the answer into a {@link CivilRegistry.Record}, empty when the registry knows
 * nobody with the number. An answer that cannot be trusted (not JSON, wrong types, an identifier or
 * postal code that fails its rule, another person's record) is {@link RegistryUnavailableException}
 * with a short reason that never repeats the answer; "not now" statuses are {@link
 * TransientAgencyException}.
 */
@Dependent
public class IrnRecordTranslator {

    static final String AGENCY = "IRN";
    static final String CORRELATION_ID = "X-Correlation-Id";
    static final String PURPOSE = "X-Purpose";

    /** The civil ID number asked for, to check that the answer is about that person. */
    static final String ASKED_FOR = "CitizenShopLookupCivilId";

    /** A record is a few hundred bytes; anything much larger is not one. */
    static final int MAX_ANSWER_LENGTH = 16 * 1024;

    private static final JsonReaderFactory READERS = Json.createReaderFactory(null);
    private static final Pattern POSTAL_CODE = Pattern.compile("(?<![0-9])[0-9]{4}-[0-9]{3}(?![0-9])");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final Set<String> MARITAL_STATUSES = Set.of("MARRIED", "UNMARRIED", "CIVIL_UNION");

    public void toRequest(Exchange exchange) throws InvalidPayloadException {
        RecordQuery query = exchange.getMessage().getMandatoryBody(RecordQuery.class);
        exchange.setProperty(ASKED_FOR, query.civilId());
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_METHOD, "GET");
        message.setHeader(Exchange.HTTP_PATH, "/" + query.civilId() + "/record");
        message.setHeader("Accept", "application/json");
        message.setHeader(CORRELATION_ID, query.correlationId());
        message.setHeader(PURPOSE, query.purpose());
        message.setBody(null);
    }

    public void toRecord(Exchange exchange) {
        Message message = exchange.getMessage();
        int status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String body = message.getBody(String.class);
        Optional<CivilRegistry.Record> record =
                switch (status) {
                    case 200 -> Optional.of(record(body, exchange.getProperty(ASKED_FOR, String.class)));
                    case 404 -> nobody(body);
                    default -> throw failed(status, body);
                };
        message.removeHeaders("*");
        message.setBody(record);
    }

    static RegistryUnavailableException unavailable(String reason, Throwable cause) {
        RegistryUnavailableException unavailable = new RegistryUnavailableException(AGENCY, reason);
        if (cause != null) {
            unavailable.initCause(cause);
        }
        return unavailable;
    }

    private static CivilRegistry.Record record(String body, String askedFor) {
        JsonObject answer = object(body);
        String civilId = civilId(text(answer, "civilIdNumber", 20), "civilIdNumber");
        if (!civilId.equals(askedFor)) {
            throw unavailable("its answer is about another person", null);
        }
        String fullName = text(answer, "fullName", 200);
        LocalDate birthDate = date(text(answer, "birthDate", 10));
        String address = address(text(answer, "address", 300));
        String maritalStatus = text(answer, "maritalStatus", 20);
        if (!MARITAL_STATUSES.contains(maritalStatus)) {
            throw unavailable("its answer's maritalStatus is none the registry has", null);
        }
        String partner = optionalText(answer, "partnerCivilIdNumber", 20);
        if (partner != null) {
            if ("UNMARRIED".equals(maritalStatus)) {
                throw unavailable("its answer gives an unmarried person a partner", null);
            }
            partner = civilId(partner, "partnerCivilIdNumber");
        }
        return new CivilRegistry.Record(civilId, fullName, birthDate, address, maritalStatus, partner);
    }

    /** The registry's own "nobody has this number"; any other 404 (a wrong URL, a proxy) is not an answer. */
    private static Optional<CivilRegistry.Record> nobody(String body) {
        if (!"NOT_FOUND".equals(codeIn(body))) {
            throw unavailable("it answered HTTP 404 without saying that nobody has the number", null);
        }
        return Optional.empty();
    }

    private static RuntimeException failed(int status, String body) {
        if (status == 408 || status == 429 || status >= 500) {
            return new TransientAgencyException("it answered HTTP " + status);
        }
        String code = codeIn(body);
        return unavailable("it refused the lookup: HTTP " + status + (code == null ? "" : " " + code), null);
    }

    /** The problem's {@code code}, when the body is a problem JSON with a code that looks like one. */
    private static String codeIn(String body) {
        if (body == null || body.length() > MAX_ANSWER_LENGTH) {
            return null;
        }
        try (JsonReader reader = READERS.createReader(new StringReader(body))) {
            JsonValue code = reader.readObject().get("code");
            return code instanceof JsonString text
                            && CODE.matcher(text.getString()).matches()
                    ? text.getString()
                    : null;
        } catch (RuntimeException notAProblem) {
            // Parsson throws JsonException, and a bare RuntimeException for nesting deeper than it allows.
            return null;
        }
    }

    private static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw unavailable("its answer is empty", null);
        }
        if (body.length() > MAX_ANSWER_LENGTH) {
            throw unavailable("its answer is too large to be a record", null);
        }
        try (JsonReader reader = READERS.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            // Parsson throws JsonException, and a bare RuntimeException for nesting deeper than it allows.
            throw unavailable("its answer is not a JSON object", e);
        }
    }

    private static String text(JsonObject answer, String field, int maxLength) {
        String text = optionalText(answer, field, maxLength);
        if (text == null) {
            throw unavailable("its answer has no " + field, null);
        }
        return text;
    }

    private static String optionalText(JsonObject answer, String field, int maxLength) {
        JsonValue value = answer.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString json)) {
            throw unavailable("its answer's " + field + " is not text", null);
        }
        String text = json.getString();
        if (text.isBlank() || text.length() > maxLength || text.chars().anyMatch(Character::isISOControl)) {
            throw unavailable("its answer's " + field + " is empty, too long or has control characters", null);
        }
        return text;
    }

    private static String civilId(String text, String field) {
        try {
            return CivilIdNumber.of(text).value();
        } catch (InvalidInputException e) {
            throw unavailable("its answer's " + field + " is not a civil ID number", e);
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            // Not chained: its message repeats the text, which is personal data.
            throw unavailable("its answer's birthDate is not a date", null);
        }
    }

    /** One line with a postal code {@code NNNN-NNN} whose first digit is 1 to 9 (identifiers.md). */
    private static String address(String text) {
        Matcher code = POSTAL_CODE.matcher(text);
        if (!code.find()) {
            throw unavailable("its answer's address has no postal code", null);
        }
        try {
            PostalCode.of(code.group());
        } catch (InvalidInputException e) {
            throw unavailable("its answer's address has no valid postal code", e);
        }
        return text;
    }
}
