package org.citizenshop.integration.lookup;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.citizen.CivilIdNumber;
import org.citizenshop.integration.delivery.TransientAgencyException;

/**
 * Reads a JSON registry's answer to a lookup at the edge: 200 with the person's record, 404 with the agency's problem
 * {@code NOT_FOUND} (nobody has the number), anything else a failure. An answer that cannot be trusted (not JSON,
 * too large, wrong types, another person's record, an identifier that fails its rule) is unavailable with a short
 * reason that never repeats the answer; "not now" statuses are {@link TransientAgencyException}.
 */
public final class JsonLookupReplies {

    /** The exchange property that keeps the civil ID number asked for, to check that the answer is about him. */
    public static final String ASKED_FOR = "CitizenShopLookupCivilId";

    /** A record is a few hundred bytes; anything much larger is not one. */
    public static final int MAX_ANSWER_LENGTH = 16 * 1024;

    private static final JsonReaderFactory READERS = Json.createReaderFactory(null);
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private final RegistryLookup lookup;

    public JsonLookupReplies(RegistryLookup lookup) {
        this.lookup = lookup;
    }

    /** The GET of {@code path} for the query in the body, with its correlation id and purpose and no other header. */
    public static void toRequest(Exchange exchange, Function<LookupQuery, String> path, String accept)
            throws org.apache.camel.InvalidPayloadException {
        LookupQuery query = exchange.getMessage().getMandatoryBody(LookupQuery.class);
        exchange.setProperty(ASKED_FOR, query.civilId());
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_METHOD, "GET");
        message.setHeader(Exchange.HTTP_PATH, path.apply(query));
        message.setHeader("Accept", accept);
        message.setHeader(LookupQuery.CORRELATION_ID_HEADER, query.correlationId());
        message.setHeader(LookupQuery.PURPOSE_HEADER, query.purpose());
        message.setBody(null);
    }

    /** Replaces the HTTP answer by an {@link Optional} of the record {@code reader} makes of a 200's object. */
    public <T> void toRecord(Exchange exchange, Function<JsonObject, T> reader) {
        Message message = exchange.getMessage();
        int status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String body = message.getBody(String.class);
        Optional<T> record =
                switch (status) {
                    case 200 -> Optional.of(reader.apply(object(body)));
                    case 404 -> nobody(body);
                    default -> throw failed(status, body);
                };
        message.removeHeaders("*");
        message.setBody(record);
    }

    /** The civil ID number of the answer, which must be the one asked for. */
    public String samePerson(JsonObject answer, Exchange exchange) {
        String civilId;
        try {
            civilId = CivilIdNumber.of(text(answer, "civilIdNumber", 20)).value();
        } catch (InvalidInputException e) {
            throw lookup.unavailable("its answer's civilIdNumber is not a civil ID number", null);
        }
        if (!civilId.equals(exchange.getProperty(ASKED_FOR, String.class))) {
            throw lookup.unavailable("its answer is about another person", null);
        }
        return civilId;
    }

    /** A short text field, present, printable. */
    public String text(JsonObject answer, String field, int maxLength) {
        JsonValue value = answer.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw lookup.unavailable("its answer has no " + field, null);
        }
        if (!(value instanceof JsonString json)) {
            throw lookup.unavailable("its answer's " + field + " is not text", null);
        }
        String text = json.getString();
        if (text.isBlank() || text.length() > maxLength || text.chars().anyMatch(Character::isISOControl)) {
            throw lookup.unavailable("its answer's " + field + " is empty, too long or has control characters", null);
        }
        return text;
    }

    /** A whole number field within {@code min} and {@code max}. */
    public int number(JsonObject answer, String field, int min, int max) {
        JsonValue value = answer.get(field);
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw lookup.unavailable("its answer's " + field + " is not a whole number", null);
        }
        long whole = number.longValue();
        if (whole < min || whole > max) {
            throw lookup.unavailable("its answer's " + field + " is out of range", null);
        }
        return (int) whole;
    }

    /** A value checked by its identifier rule; the rule's own message is not chained (it repeats the value). */
    public <T> T identifier(String text, String field, Function<String, T> rule) {
        try {
            return rule.apply(text);
        } catch (InvalidInputException e) {
            throw lookup.unavailable("its answer's " + field + " fails its rule", null);
        }
    }

    private <T> Optional<T> nobody(String body) {
        if (!"NOT_FOUND".equals(codeIn(body))) {
            throw lookup.unavailable("it answered HTTP 404 without saying that nobody has the number", null);
        }
        return Optional.empty();
    }

    private RuntimeException failed(int status, String body) {
        if (status == 408 || status == 429 || status >= 500) {
            return new TransientAgencyException("it answered HTTP " + status);
        }
        String code = codeIn(body);
        return lookup.unavailable("it refused the lookup: HTTP " + status + (code == null ? "" : " " + code), null);
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

    private JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw lookup.unavailable("its answer is empty", null);
        }
        if (body.length() > MAX_ANSWER_LENGTH) {
            throw lookup.unavailable("its answer is too large to be a record", null);
        }
        try (JsonReader reader = READERS.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            // Parsson throws JsonException, and a bare RuntimeException for nesting deeper than it allows.
            throw lookup.unavailable("its answer is not a JSON object", e);
        }
    }
}
