package org.citizenshop.agencysim.at;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.citizenshop.agencysim.common.DocumentIssuer;
import org.citizenshop.agencysim.common.DocumentPrinter;
import org.citizenshop.agencysim.common.IssuedDocument;
import org.citizenshop.agencysim.common.ServiceRequest;
import org.citizenshop.agencysim.common.VerificationCodes;

/** The tax authority's documents: the certificate of a NIF assigned (AT-NIF), with its own verification code. */
final class AtDocuments implements DocumentIssuer {

    static final String AGENCY_NAME = "Autoridade Tributária e Aduaneira (AT)";

    private final DocumentPrinter printer = new DocumentPrinter();
    private final VerificationCodes codes = new VerificationCodes("AT");

    @Override
    public Optional<IssuedDocument> issue(
            ServiceRequest request, String agencyReference, Map<String, String> outputs, Instant issuedAt) {
        if (!AtRules.NIF.equals(request.service())) {
            return Optional.empty();
        }
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("Número de identificação fiscal / Tax number (NIF)", outputs.get("child.nif"));
        lines.put(
                "Número de identificação civil / Civil ID number",
                request.fields().get("child.civilId"));
        lines.put("Data de nascimento / Date of birth", request.fields().getOrDefault("child.birthDate", ""));
        String code = codes.next();
        byte[] pdf = printer.print(
                new DocumentPrinter.Content(
                        AGENCY_NAME, "Certificado de atribuição de NIF / Tax number certificate", lines),
                agencyReference,
                code,
                issuedAt);
        return Optional.of(IssuedDocument.pdf(agencyReference + ".pdf", pdf, code));
    }
}
