package org.citizenshop.agencysim.iss;

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
 * The social security's documents: the proof of a NISS assigned (ISS-NISS) and the decision letters of the child
 * benefit (ISS-CHILD) and the death grant (ISS-DEATHGRANT), with the decision and the amount where there is one. Each
 * carries the agency's reference and a verification code of its own. The batch writes each as a file of its own beside
 * the results file ({@link ResultFile}).
 */
final class IssDocuments implements DocumentIssuer {

    static final String AGENCY_NAME = "Instituto da Segurança Social (ISS)";

    private static final String GRANTED = "GRANTED: ";
    private static final String REFUSED = "REFUSED: ";

    private final DocumentPrinter printer = new DocumentPrinter();
    private final VerificationCodes codes = new VerificationCodes("ISS");

    @Override
    public Optional<IssuedDocument> issue(
            ServiceRequest request, String agencyReference, Map<String, String> outputs, Instant issuedAt) {
        Map<String, String> fields = request.fields();
        Map<String, String> lines = new LinkedHashMap<>();
        String title;
        switch (request.service()) {
            case IssRules.NISS -> {
                title = "Comprovativo de atribuição de NISS / Social security number assigned";
                lines.put("Número de identificação civil / Civil ID number", fields.get("child.civilId"));
                lines.put("NIF / Tax number", fields.get("child.nif"));
                lines.put("NISS atribuído / Social security number (NISS)", outputs.get("child.niss"));
                applicant(request, lines);
            }
            case IssRules.CHILD_BENEFIT -> {
                title = "Decisão: abono de família / Decision: child benefit";
                applicant(request, lines);
                lines.put("NISS da criança / Child's NISS", fields.get("child.niss"));
                lines.put("Escalão de rendimentos / Income bracket", fields.get("household.incomeBracket"));
                decision(outputs.get("childBenefit.decision"), lines);
            }
            case IssRules.DEATH_GRANT -> {
                title = "Decisão: subsídio por morte / Decision: death grant";
                applicant(request, lines);
                lines.put("Parentesco / Relation", fields.get("applicant.relation"));
                lines.put("NISS do falecido / Deceased's NISS", fields.get("deceased.niss"));
                decision(outputs.get("deathGrant.decision"), lines);
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

    /** The applicant by civil ID number, with the name the social security knows him by. */
    private static void applicant(ServiceRequest request, Map<String, String> lines) {
        String civilId = request.applicantCivilId() == null ? "-" : request.applicantCivilId();
        lines.put("Requerente / Applicant", civilId);
        Beneficiaries.find(civilId).ifPresent(known -> lines.put("Nome / Name", known.name()));
    }

    /** {@code GRANTED: 124.00 EUR per month} or {@code REFUSED: why}, as {@link IssRules} decides. */
    private static void decision(String decided, Map<String, String> lines) {
        if (decided != null && decided.startsWith(GRANTED)) {
            lines.put("Decisão / Decision", "Deferido / Granted");
            lines.put("Montante / Amount", decided.substring(GRANTED.length()));
        } else if (decided != null && decided.startsWith(REFUSED)) {
            lines.put("Decisão / Decision", "Indeferido / Refused");
            lines.put("Fundamento / Grounds", decided.substring(REFUSED.length()));
        } else {
            lines.put("Decisão / Decision", decided == null ? "-" : decided);
        }
    }
}
