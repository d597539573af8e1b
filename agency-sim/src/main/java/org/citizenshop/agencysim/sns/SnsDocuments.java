package org.citizenshop.agencysim.sns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citizenshop.agencysim.common.DocumentPrinter;
import org.citizenshop.agencysim.common.IssuedDocument;
import org.citizenshop.agencysim.common.Rejected;
import org.citizenshop.agencysim.common.VerificationCodes;

/**
 * The registry's document: the registration proof (comprovativo de inscrição) of SNS-REGISTER, with the SNS user
 * number, the family health unit and a verification code of the SNS. On the wire it is a {@code DocumentReference}
 * contained in the Patient answered (FHIR answers a create with the resource it made, so the proof travels inside it,
 * referenced from the Patient by an extension): the verification code is its {@code masterIdentifier}, the PDF its
 * {@code content[0].attachment} with {@code contentType}, {@code data} (base64), {@code size}, {@code title} (the file
 * name) and the SHA-256 digest in hexadecimal as an extension.
 */
final class SnsDocuments {

    static final String AGENCY_NAME = "Serviço Nacional de Saúde (SNS) - Registo Nacional de Utentes";
    static final String PROOF_ID = "registration-proof";

    private final DocumentPrinter printer = new DocumentPrinter();
    private final VerificationCodes codes = new VerificationCodes("SNS");

    /** The registration proof of this patient, as registered (or found registered) under {@code reference}. */
    IssuedDocument registrationProof(ObjectNode patient, String reference, Instant issuedAt) throws Rejected {
        String snsNumber = PatientResources.snsNumber(patient);
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("Número de utente / SNS user number", snsNumber);
        lines.put("Nome / Name", name(patient));
        lines.put("Número de identificação civil / Civil ID number", PatientReader.civilId(patient));
        lines.put(
                "Data de nascimento / Date of birth", patient.path("birthDate").asText("-"));
        lines.put("Unidade de saúde familiar / Family health unit", PatientResources.healthUnit(patient));
        String code = codes.next();
        byte[] pdf = printer.print(
                new DocumentPrinter.Content(AGENCY_NAME, "Comprovativo de inscrição / Registration proof", lines),
                reference,
                code,
                issuedAt);
        return IssuedDocument.pdf("SNS-" + snsNumber + ".pdf", pdf, code);
    }

    /**
     * The Patient as answered: a copy carrying the proof as its contained DocumentReference and the extension that
     * points to it; the registry's own Patient stays without it.
     */
    static ObjectNode withProof(ObjectNode patient, IssuedDocument document, Instant issuedAt) {
        ObjectNode attachment = Fhir.NODES.objectNode();
        attachment.set(
                "extension",
                Fhir.NODES
                        .arrayNode()
                        .add(Fhir.NODES
                                .objectNode()
                                .put("url", Fhir.SHA256_EXTENSION)
                                .put("valueString", document.sha256())));
        attachment
                .put("contentType", document.contentType())
                .put("data", document.base64())
                .put("size", document.size())
                .put("title", document.fileName())
                .put("creation", issuedAt.toString());
        ObjectNode type = Fhir.NODES.objectNode().put("text", "Comprovativo de inscrição / Registration proof");
        ObjectNode proof =
                Fhir.NODES.objectNode().put("resourceType", "DocumentReference").put("id", PROOF_ID);
        proof.set("masterIdentifier", Fhir.identifier(Fhir.VERIFICATION_CODE_SYSTEM, document.verificationCode()));
        proof.put("status", "current");
        proof.set("type", type);
        proof.set(
                "subject", Fhir.NODES.objectNode().put("reference", "Patient/" + PatientResources.snsNumber(patient)));
        proof.put("date", issuedAt.toString());
        proof.set("content", Fhir.NODES.arrayNode().add(Fhir.NODES.objectNode().set("attachment", attachment)));

        ObjectNode answer = Fhir.NODES.objectNode();
        patient.properties().forEach(field -> {
            answer.set(field.getKey(), field.getValue().deepCopy());
            if ("meta".equals(field.getKey())) {
                answer.set("contained", Fhir.NODES.arrayNode().add(proof));
                answer.set(
                        "extension",
                        Fhir.NODES
                                .arrayNode()
                                .add(Fhir.NODES
                                        .objectNode()
                                        .put("url", Fhir.REGISTRATION_PROOF_EXTENSION)
                                        .set(
                                                "valueReference",
                                                Fhir.NODES.objectNode().put("reference", "#" + PROOF_ID))));
            }
        });
        return answer;
    }

    /** The given names and the family name, as the Patient's first name carries them. */
    private static String name(ObjectNode patient) {
        JsonNode name = patient.path("name").path(0);
        List<String> parts = new ArrayList<>();
        name.path("given").forEach(given -> parts.add(given.asText()));
        if (name.hasNonNull("family")) {
            parts.add(name.get("family").asText());
        }
        String text = String.join(" ", parts).strip();
        return text.isEmpty() ? name.path("text").asText("-") : text;
    }
}
