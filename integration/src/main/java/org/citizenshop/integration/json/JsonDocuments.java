package org.citizenshop.integration.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.citizenshop.application.AgencyDocument;
import org.citizenshop.integration.delivery.DocumentReader;

/**
 * The document a JSON answer carries with a completion, as the civil registry sends it, and the driving
 * authority's reply and the municipality's callback too: {@code {"fileName", "contentType", "size",
 * "sha256", "verificationCode", "content"}}, the content in base64. Read and checked by
 * {@link DocumentReader}.
 */
public final class JsonDocuments {

    private static final DocumentReader DOCUMENTS = DocumentReader.standard();

    private JsonDocuments() {}

    /**
     * The document, null when there is none (absent or JSON null). One the shop cannot accept comes
     * back as its problem: it does not undo the completion.
     */
    public static AgencyDocument read(JsonValue given) {
        if (given == null || given.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (given.getValueType() != JsonValue.ValueType.OBJECT) {
            return AgencyDocument.refused("the document is not a JSON object");
        }
        JsonObject document = given.asJsonObject();
        for (String key : new String[] {"fileName", "contentType", "sha256", "verificationCode", "content"}) {
            JsonValue value = document.get(key);
            if (value != null && !(value instanceof JsonString)) {
                return AgencyDocument.refused("the document's " + key + " is not text");
            }
        }
        JsonValue size = document.get("size");
        if (size != null && !(size instanceof JsonNumber)) {
            return AgencyDocument.refused("the document's size is not a number");
        }
        return DOCUMENTS.read(new DocumentReader.Declared(
                document.getString("fileName", null),
                document.getString("contentType", null),
                size == null ? null : size.toString(),
                document.getString("sha256", null),
                document.getString("verificationCode", null),
                document.getString("content", null)));
    }

    /** The length of the content's text, 0 when there is none: what a reply may carry beyond its limit. */
    public static int contentLength(JsonValue given) {
        if (given instanceof JsonObject document && document.get("content") instanceof JsonString content) {
            return content.getString().length();
        }
        return 0;
    }

    /** The longest content text a document may have: {@link DocumentReader#longestContent()}. */
    public static long longestContent() {
        return DOCUMENTS.longestContent();
    }
}
