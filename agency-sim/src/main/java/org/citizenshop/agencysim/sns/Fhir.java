package org.citizenshop.agencysim.sns;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.citizenshop.agencysim.common.Json;

/** The FHIR vocabulary the registry speaks: media type, identifier systems, OperationOutcome. */
final class Fhir {

    static final String MEDIA_TYPE = "application/fhir+json";
    static final String CIVIL_ID_SYSTEM = "urn:pt:irn:civil-id";
    static final String SNS_NUMBER_SYSTEM = "urn:pt:sns:utente";
    static final String REQUEST_KEY_SYSTEM = "urn:citizenshop:request-key";
    static final String REJECTION_SYSTEM = "urn:pt:sns:rejection";

    /** The registration proof's verification code, as the {@code masterIdentifier} of its DocumentReference. */
    static final String VERIFICATION_CODE_SYSTEM = "urn:pt:sns:verification-code";

    /** The SHA-256 digest in hexadecimal, an extension of the Attachment (FHIR's own {@code hash} is SHA-1). */
    static final String SHA256_EXTENSION = "urn:pt:sns:sha256";

    /** On the Patient answered to SNS-REGISTER: the reference to the contained registration proof. */
    static final String REGISTRATION_PROOF_EXTENSION = "urn:pt:sns:registration-proof";

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Fhir() {}

    /**
     * An OperationOutcome with one error issue: {@code issueCode} from FHIR's IssueType ({@code invalid},
     * {@code not-found}, …), the registry's own {@code code} in {@code details.coding[0]} and the reason as text.
     */
    static ObjectNode outcome(String issueCode, String code, String reason) {
        ObjectNode coding = NODES.objectNode().put("system", REJECTION_SYSTEM).put("code", code);
        ObjectNode details = NODES.objectNode();
        details.set("coding", NODES.arrayNode().add(coding));
        details.put("text", reason);
        ObjectNode issue = NODES.objectNode().put("severity", "error").put("code", issueCode);
        issue.set("details", details);
        ObjectNode outcome = NODES.objectNode().put("resourceType", "OperationOutcome");
        outcome.set("issue", NODES.arrayNode().add(issue));
        return outcome;
    }

    /** The FHIR issue type that fits one of the registry's codes. */
    static String issueCodeOf(String code) {
        return switch (code) {
            case SnsRules.UNKNOWN_PATIENT -> "not-found";
            case SnsRules.PATIENT_DECEASED -> "business-rule";
            case "KEY_REUSED" -> "conflict";
            case "MALFORMED" -> "structure";
            case "MISSING_IDEMPOTENCY_KEY", "INVALID_IDEMPOTENCY_KEY" -> "required";
            case "DOWN", "SIMULATED_FAILURE" -> "transient";
            default -> "invalid";
        };
    }

    static void answer(Context ctx, int status, ObjectNode body) {
        ctx.status(status).contentType(MEDIA_TYPE).result(Json.write(body));
    }

    static void problem(Context ctx, int status, String code, String reason) {
        answer(ctx, status, outcome(issueCodeOf(code), code, reason));
    }

    static ObjectNode identifier(String system, String value) {
        return NODES.objectNode().put("system", system).put("value", value);
    }

    /** A searchset Bundle of the patients found, for {@code GET Patient?identifier=}. */
    static ObjectNode searchset(Iterable<ObjectNode> patients) {
        ArrayNode entries = NODES.arrayNode();
        int total = 0;
        for (ObjectNode patient : patients) {
            ObjectNode entry = NODES.objectNode();
            entry.put("fullUrl", "Patient/" + patient.get("id").asText());
            entry.set("resource", patient);
            entries.add(entry);
            total++;
        }
        ObjectNode bundle = NODES.objectNode().put("resourceType", "Bundle").put("type", "searchset");
        bundle.put("total", total);
        bundle.set("entry", entries);
        return bundle;
    }
}
