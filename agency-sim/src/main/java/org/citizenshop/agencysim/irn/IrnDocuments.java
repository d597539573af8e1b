package org.citizenshop.agencysim.irn;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.citizenshop.agencysim.common.DocumentIssuer;
import org.citizenshop.agencysim.common.DocumentPrinter;
import org.citizenshop.agencysim.common.IssuedDocument;
import org.citizenshop.agencysim.common.ServiceRequest;
import org.citizenshop.agencysim.common.VerificationCodes;

/**
 * The documents the civil registry issues with a completion: the birth record (IRN-BIRTH), the birth certificate
 * (IRN-CERT, with its online access code) and the death record (IRN-DEATH). Each carries the registry's reference
 * and a verification code of the registry.
 */
final class IrnDocuments implements DocumentIssuer {

    static final String AGENCY_NAME = "Instituto dos Registos e do Notariado (IRN)";

    private final DocumentPrinter printer = new DocumentPrinter();
    private final VerificationCodes codes = new VerificationCodes("IRN");

    @Override
    public Optional<IssuedDocument> issue(
            ServiceRequest request, String agencyReference, Map<String, String> outputs, Instant issuedAt) {
        Map<String, String> fields = request.fields();
        Map<String, String> lines = new LinkedHashMap<>();
        String title;
        switch (request.service()) {
            case IrnRules.BIRTH -> {
                title = "Assento de nascimento / Birth record";
                lines.put("Número do assento / Record number", outputs.get("birth.recordNumber"));
                lines.put(
                        "Nome / Name",
                        fields.getOrDefault("child.givenNames", "") + " " + fields.getOrDefault("child.surnames", ""));
                lines.put("Número de identificação civil / Civil ID number", outputs.get("child.civilId"));
                lines.put("Data de nascimento / Date of birth", fields.getOrDefault("child.birthDate", ""));
                lines.put("Local / Place", fields.getOrDefault("child.birthPlace", ""));
            }
            case IrnRules.CERTIFICATE -> {
                title = "Certidão de nascimento / Birth certificate";
                lines.put("Requerente / Applicant", request.applicantCivilId());
                lines.put("Código de acesso / Access code", outputs.get("cert.accessCode"));
                lines.put("Finalidade / Purpose", fields.getOrDefault("cert.purpose", "-"));
            }
            case IrnRules.DEATH -> {
                title = "Assento de óbito / Death record";
                lines.put("Número do assento / Record number", outputs.get("death.recordNumber"));
                lines.put("Número de identificação civil / Civil ID number", fields.get("deceased.civilId"));
                lines.put("Data do óbito / Date of death", fields.getOrDefault("deceased.deathDate", ""));
                lines.put("Local / Place", fields.getOrDefault("deceased.deathPlace", ""));
            }
            default -> {
                return Optional.empty();
            }
        }
        String code = codes.next();
        byte[] pdf =
                printer.print(new DocumentPrinter.Content(AGENCY_NAME, title, lines), agencyReference, code, issuedAt);
        return Optional.of(IssuedDocument.pdf(agencyReference + ".pdf", pdf, code));
    }
}
