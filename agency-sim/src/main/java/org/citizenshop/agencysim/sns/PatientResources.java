package org.citizenshop.agencysim.sns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.citizenshop.agencysim.common.Address;

/** Builds and changes the registry's {@code Patient} resources, always with their fields in one order. */
final class PatientResources {

    private static final List<String> ORDER = List.of(
            "resourceType",
            "id",
            "meta",
            "identifier",
            "active",
            "name",
            "gender",
            "birthDate",
            "deceasedDateTime",
            "address",
            "generalPractitioner");

    private PatientResources() {}

    /**
     * A new patient with the SNS user number {@code snsNumber} as id and identifier, after the identifiers it came
     * with (civil ID number, request key); an SNS number it came with is replaced.
     */
    static ObjectNode newPatient(String snsNumber, JsonNode identifiers, Instant now) {
        ArrayNode kept = Fhir.NODES.arrayNode();
        for (JsonNode identifier : identifiers) {
            if (!Fhir.SNS_NUMBER_SYSTEM.equals(identifier.path("system").asText())) {
                kept.add(identifier.deepCopy());
            }
        }
        kept.add(Fhir.identifier(Fhir.SNS_NUMBER_SYSTEM, snsNumber));
        ObjectNode patient =
                Fhir.NODES.objectNode().put("resourceType", "Patient").put("id", snsNumber);
        patient.set("meta", meta(1, now));
        patient.set("identifier", kept);
        patient.put("active", true);
        return patient;
    }

    /** The address as {@code text} and {@code postalCode}, and the family health unit that goes with it. */
    static void moveTo(ObjectNode patient, Address address, String healthUnit) {
        ObjectNode line = Fhir.NODES.objectNode().put("text", address.text()).put("postalCode", address.postalCode());
        patient.set("address", Fhir.NODES.arrayNode().add(line));
        patient.set(
                "generalPractitioner",
                Fhir.NODES.arrayNode().add(Fhir.NODES.objectNode().put("display", healthUnit)));
    }

    /** The next version of a changed patient. */
    static ObjectNode nextVersion(ObjectNode patient, Instant now) {
        int version = patient.path("meta").path("versionId").asInt() + 1;
        patient.set("meta", meta(version, now));
        return ordered(patient);
    }

    static String version(ObjectNode patient) {
        return patient.path("meta").path("versionId").asText();
    }

    static String snsNumber(ObjectNode patient) {
        return patient.get("id").asText();
    }

    static String healthUnit(ObjectNode patient) {
        return patient.path("generalPractitioner").path(0).path("display").asText();
    }

    /** The same fields in the registry's order, so that equal patients render equally. */
    static ObjectNode ordered(ObjectNode patient) {
        ObjectNode ordered = Fhir.NODES.objectNode();
        for (String field : ORDER) {
            if (patient.has(field)) {
                ordered.set(field, patient.get(field));
            }
        }
        return ordered;
    }

    private static ObjectNode meta(int version, Instant now) {
        return Fhir.NODES
                .objectNode()
                .put("versionId", Integer.toString(version))
                .put("lastUpdated", now.toString());
    }
}
