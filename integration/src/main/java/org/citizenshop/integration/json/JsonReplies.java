package org.citizenshop.integration.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import org.citizenshop.integration.delivery.PermanentAgencyException;
import org.citizenshop.integration.delivery.TaskOutcome;

/** Reads an agency's JSON answer; one that cannot be read is a permanent failure, named after the agency. */
public final class JsonReplies {

    // Made once: Json.createReader() looks the provider up on every call (docs/performance.md).
    private static final jakarta.json.JsonReaderFactory READERS = Json.createReaderFactory(null);

    private JsonReplies() {}

    public static JsonObject object(String agency, String body) {
        if (body == null || body.isBlank()) {
            throw new PermanentAgencyException(agency + " sent an empty reply");
        }
        try (JsonReader reader = READERS.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            // Parsson also throws a bare RuntimeException, e.g. for nesting deeper than it allows.
            throw new PermanentAgencyException(agency + " sent a reply that is not a JSON object: " + clip(body), e);
        }
    }

    /** A problem JSON with the rejection's {@code code} and {@code reason}. */
    public static TaskOutcome.Rejected rejection(String agency, String body) {
        JsonObject reply = object(agency, body);
        String code = reply.getString("code", null);
        if (code == null || code.isBlank()) {
            throw new PermanentAgencyException(agency + " rejection without a code: " + clip(body));
        }
        return new TaskOutcome.Rejected(code, reply.getString("reason", code));
    }

    /** Enough of an answer to recognise it in a log or on the administrator's screen. */
    public static String clip(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
