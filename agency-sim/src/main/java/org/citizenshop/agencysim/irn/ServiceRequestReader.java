package org.citizenshop.agencysim.irn;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/** Checks the shape of a service request body; unknown fields are ignored so that callers can evolve first. */
final class ServiceRequestReader {

    static final String CITIZEN_CARD = "IRN-CC";
    private static final Pattern CIVIL_ID_NUMBER = Pattern.compile("[0-9]{8}");

    private ServiceRequestReader() {}

    static CitizenCardRequest read(JsonNode body) throws RequestRejected {
        String service = requiredText(body, "service", "service");
        if (!CITIZEN_CARD.equals(service)) {
            throw new RequestRejected(
                    RejectionCode.UNKNOWN_SERVICE,
                    "The civil registry does not take requests for service " + service + " here.");
        }
        String shop = requiredText(body, "shop", "shop");
        String ticket = optionalText(body, "ticket", "ticket");
        JsonNode citizen = requiredObject(body, "citizen");
        String civilIdNumber = requiredText(citizen, "civilIdNumber", "citizen.civilIdNumber");
        if (!CIVIL_ID_NUMBER.matcher(civilIdNumber).matches()) {
            throw invalid("citizen.civilIdNumber must be exactly 8 digits.");
        }
        String documentNumber = optionalText(citizen, "documentNumber", "citizen.documentNumber");
        JsonNode details = requiredObject(body, "details");
        // A case task carries the catalogue's field keys (cc.reason, cc.deliveryPlace: THIS_SHOP or
        // OTHER_SHOP); the desk's own citizen card request the older reason and deliveryPlace (a shop).
        boolean catalogueKeys = details.has("cc.reason");
        String reasonText = catalogueKeys
                ? requiredText(details, "cc.reason", "details.cc.reason")
                : requiredText(details, "reason", "details.reason");
        CardReason reason = CardReason.parse(reasonText)
                .orElseThrow(() -> invalid("The reason must be one of FIRST, RENEWAL, REPLACEMENT."));
        String deliveryPlace = catalogueKeys
                ? requiredText(details, "cc.deliveryPlace", "details.cc.deliveryPlace")
                : requiredText(details, "deliveryPlace", "details.deliveryPlace");
        if (catalogueKeys && "THIS_SHOP".equals(deliveryPlace)) {
            deliveryPlace = shop;
        }
        return new CitizenCardRequest(service, shop, ticket, civilIdNumber, documentNumber, reason, deliveryPlace);
    }

    /** The service named in a body that may be invalid, for the effect log; null when there is none. */
    static String serviceOf(JsonNode body) {
        JsonNode service = body.get("service");
        return service != null && service.isTextual() ? service.textValue() : null;
    }

    private static String requiredText(JsonNode parent, String field, String path) throws RequestRejected {
        String text = optionalText(parent, field, path);
        if (text == null) {
            throw invalid(path + " is required.");
        }
        return text;
    }

    /** Absent and JSON null mean the same: not given. */
    private static String optionalText(JsonNode parent, String field, String path) throws RequestRejected {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            throw invalid(path + " must be a non-blank string.");
        }
        return node.textValue();
    }

    private static JsonNode requiredObject(JsonNode parent, String field) throws RequestRejected {
        JsonNode node = parent.get(field);
        if (node == null || !node.isObject()) {
            throw invalid(field + " must be an object.");
        }
        return node;
    }

    private static RequestRejected invalid(String reason) {
        return new RequestRejected(RejectionCode.INVALID_REQUEST, reason);
    }
}
