package org.citizenshop.agencysim.common;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the JSON task body that IRN, CML and IMT share: {@code service}, {@code shop}, optional {@code caseReference},
 * optional {@code citizen.civilIdNumber} and the flat {@code details}. Unknown fields, and details that are not plain
 * values, are ignored so that callers can evolve first.
 */
public final class JsonServiceRequests {

    private JsonServiceRequests() {}

    public static ServiceRequest read(JsonNode body) throws Rejected {
        String service = requiredText(body, "service", "service");
        String shop = requiredText(body, "shop", "shop");
        String caseReference = optionalText(body, "caseReference", "caseReference");
        String civilId = null;
        JsonNode citizen = body.get("citizen");
        if (citizen != null && !citizen.isNull()) {
            if (!citizen.isObject()) {
                throw new Rejected(Rejected.INVALID_REQUEST, "citizen must be an object.");
            }
            civilId = optionalText(citizen, "civilIdNumber", "citizen.civilIdNumber");
            if (civilId != null && !Identifiers.isCivilId(civilId)) {
                throw new Rejected(
                        Rejected.INVALID_CIVIL_ID, "citizen.civilIdNumber must be a civil ID number of 8 digits.");
            }
        }
        return new ServiceRequest(service, shop, caseReference, civilId, details(body.get("details")));
    }

    /** The service named in a body that may be invalid, for the effect log; null when there is none. */
    public static String serviceOf(JsonNode body) {
        JsonNode service = body.get("service");
        return service != null && service.isTextual() ? service.textValue() : null;
    }

    private static Map<String, String> details(JsonNode details) throws Rejected {
        Map<String, String> fields = new HashMap<>();
        if (details == null || details.isNull()) {
            return fields;
        }
        if (!details.isObject()) {
            throw new Rejected(Rejected.INVALID_REQUEST, "details must be an object of field keys to text values.");
        }
        for (Map.Entry<String, JsonNode> entry : details.properties()) {
            if (entry.getValue().isValueNode() && !entry.getValue().isNull()) {
                fields.put(entry.getKey(), entry.getValue().asText());
            }
        }
        return fields;
    }

    private static String requiredText(JsonNode parent, String field, String path) throws Rejected {
        String text = optionalText(parent, field, path);
        if (text == null) {
            throw new Rejected(Rejected.INVALID_REQUEST, path + " is required.");
        }
        return text;
    }

    /** Absent and JSON null mean the same: not given. */
    private static String optionalText(JsonNode parent, String field, String path) throws Rejected {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            throw new Rejected(Rejected.INVALID_REQUEST, path + " must be a non-blank string.");
        }
        return node.textValue();
    }
}
