package org.citizenshop.agencysim.irn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citizenshop.agencysim.common.Rejected;
import org.citizenshop.agencysim.common.ServiceRequest;

/**
 * Reads a birth declared at a maternity's desk, {@code {"child":{…},"mother":{"civilId"},"father":{"civilId"}?,
 * "parentsMaritalStatus","address"}}, into the IRN-BIRTH request the shop would send for it, so that the same rule
 * checks it. Its field keys are the event's paths, except {@code parentsMaritalStatus}, which the request calls
 * {@code parents.maritalStatus}. Unknown fields, and values that are not plain, are ignored as in a request's details.
 */
final class MaternityBirthReader {

    /** Where a birth registered elsewhere comes from, in place of a shop. */
    static final String MATERNITY_DESK = "NASCER-CIDADAO";

    static final String MARITAL_STATUS_FIELD = "parentsMaritalStatus";
    static final String MARITAL_STATUS_KEY = "parents.maritalStatus";

    private static final List<String> CHILD_FIELDS =
            List.of("givenNames", "surnames", "birthDate", "birthTime", "birthPlace", "sex");

    private MaternityBirthReader() {}

    static ServiceRequest read(JsonNode body) throws Rejected {
        Map<String, String> fields = new HashMap<>();
        JsonNode child = object(body, "child");
        for (String field : CHILD_FIELDS) {
            put(fields, "child." + field, child.get(field));
        }
        put(fields, "mother.civilId", object(body, "mother").get("civilId"));
        put(fields, "father.civilId", object(body, "father").get("civilId"));
        put(fields, MARITAL_STATUS_KEY, body.get(MARITAL_STATUS_FIELD));
        put(fields, "address", body.get("address"));
        return new ServiceRequest(IrnRules.BIRTH, MATERNITY_DESK, null, null, fields);
    }

    private static final java.util.regex.Pattern MOBILE = java.util.regex.Pattern.compile("(?:\\+351)?9[1236]\\d{7}");

    /**
     * The parent's mobile number ({@code mother.mobile}, {@code father.mobile}: nine digits from 91, 92, 93
     * or 96, spaces allowed, +351 optional) as +3519XXXXXXXX, or null when the maternity took none; any
     * other value is refused, as a registry refuses a field it cannot read.
     */
    static String mobile(JsonNode body, String parent) throws Rejected {
        JsonNode value = object(body, parent).get("mobile");
        if (value == null || value.isNull()) {
            return null;
        }
        String compact = value.isTextual() ? value.asText().replaceAll("\\s+", "") : "";
        if (!MOBILE.matcher(compact).matches()) {
            throw new Rejected(Rejected.INVALID_REQUEST, parent + ".mobile is not a Portuguese mobile number.");
        }
        return compact.startsWith("+351") ? compact : "+351" + compact;
    }

    /** A reason that names the request's key names the field as this body spells it. */
    static String inBodyTerms(String reason) {
        return reason.replace(MARITAL_STATUS_KEY, MARITAL_STATUS_FIELD);
    }

    /** The object under {@code field}; an empty one when absent or null, so that its fields read as missing. */
    private static JsonNode object(JsonNode body, String field) throws Rejected {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!node.isObject()) {
            throw new Rejected(Rejected.INVALID_REQUEST, field + " must be an object.");
        }
        return node;
    }

    private static void put(Map<String, String> fields, String key, JsonNode value) {
        if (value != null && value.isValueNode() && !value.isNull()) {
            fields.put(key, value.asText());
        }
    }
}
