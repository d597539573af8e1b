package org.citizenshop.agencysim.imt;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.citizenshop.agencysim.common.DocumentIssuer;
import org.citizenshop.agencysim.common.DocumentPrinter;
import org.citizenshop.agencysim.common.IssuedDocument;
import org.citizenshop.agencysim.common.ServiceRequest;
import org.citizenshop.agencysim.common.VerificationCodes;

/**
 * The driving authority's document: the temporary driving permit (guia de substituição) of IMT-LICENCE, which lets
 * the citizen drive while the new licence is made, with the permit's number, the licence it stands for and a
 * verification code of the IMT.
 */
final class ImtDocuments implements DocumentIssuer {

    static final String AGENCY_NAME = "Instituto da Mobilidade e dos Transportes (IMT)";

    /** How long the permit holds at most: the new licence is delivered well within it. */
    static final int VALID_DAYS = 90;

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    private final DocumentPrinter printer = new DocumentPrinter();
    private final VerificationCodes codes = new VerificationCodes("IMT");

    @Override
    public Optional<IssuedDocument> issue(
            ServiceRequest request, String agencyReference, Map<String, String> outputs, Instant issuedAt) {
        if (!ImtRules.LICENCE.equals(request.service())) {
            return Optional.empty();
        }
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("Guia de substituição n.º / Temporary permit number", outputs.get("licence.temporaryPermit"));
        lines.put("Carta de condução / Driving licence", request.fields().get("licence.number"));
        lines.put("Número de identificação civil / Civil ID number", request.applicantCivilId());
        lines.put(
                "Válida até à entrega da nova carta, no máximo até / Valid until the new licence is delivered, at most"
                        + " until",
                LocalDate.ofInstant(issuedAt, LISBON).plusDays(VALID_DAYS).toString());
        String code = codes.next();
        byte[] pdf = printer.print(
                new DocumentPrinter.Content(AGENCY_NAME, "Guia de substituição / Temporary driving permit", lines),
                agencyReference,
                code,
                issuedAt);
        return Optional.of(IssuedDocument.pdf(agencyReference + ".pdf", pdf, code));
    }
}
