package org.citizenshop.agencysim.cml;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.citizenshop.agencysim.common.Address;
import org.citizenshop.agencysim.common.DocumentIssuer;
import org.citizenshop.agencysim.common.DocumentPrinter;
import org.citizenshop.agencysim.common.IssuedDocument;
import org.citizenshop.agencysim.common.Rejected;
import org.citizenshop.agencysim.common.ServiceRequest;
import org.citizenshop.agencysim.common.VerificationCodes;

/**
 * The municipality's document: the confirmation of the records it updated for a change of address (CML-ADDRESS), with
 * its verification code. Issued only for a request the callback completes, never for one it refuses.
 */
final class CmlDocuments implements DocumentIssuer {

    static final String AGENCY_NAME = "Câmara Municipal de Lisboa (CML)";

    /** What the municipality updates with a resident's address. */
    static final String RECORDS_UPDATED =
            "recenseamento municipal, dístico de residente, recolha de resíduos / municipal register, resident's"
                    + " parking, waste collection";

    private final DocumentPrinter printer = new DocumentPrinter();
    private final VerificationCodes codes = new VerificationCodes("CML");

    @Override
    public Optional<IssuedDocument> issue(
            ServiceRequest request, String agencyReference, Map<String, String> outputs, Instant issuedAt) {
        if (!CmlRules.ADDRESS.equals(request.service())) {
            return Optional.empty();
        }
        Address address;
        try {
            address = request.read().address("address");
        } catch (Rejected unreadable) {
            // Such a request is refused when it is acknowledged: nothing is issued for it.
            return Optional.empty();
        }
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("Número de identificação civil / Civil ID number", request.applicantCivilId());
        lines.put("Nova morada / New address", address.text());
        lines.put("Registos atualizados / Records updated", RECORDS_UPDATED);
        String code = codes.next();
        byte[] pdf = printer.print(
                new DocumentPrinter.Content(
                        AGENCY_NAME, "Comprovativo de alteração de morada / Change of address confirmed", lines),
                agencyReference,
                code,
                issuedAt);
        return Optional.of(IssuedDocument.pdf(agencyReference + ".pdf", pdf, code));
    }
}
