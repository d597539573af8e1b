package org.citizenshop.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import org.citizenshop.application.CaseView;
import org.citizenshop.application.Cases;
import org.citizenshop.application.Proofs;
import org.citizenshop.domain.model.LocalizedText;
import org.citizenshop.domain.model.NotFoundException;

/**
 * The public check of what the shop issued or received, by the code printed on it: a receipt (case
 * reference and tracking code, {@code CS-2026-000123-ABCD2345}), or a document an agency issued, by
 * its verification code or its SHA-256 digest. The answer says what it is, never whom it concerns.
 */
@ApplicationScoped
public class Verifications {

    /** What a genuine receipt or document stands for; the fields of the other kind are null. */
    public record Verification(
            boolean genuine,
            String kind,
            String reference,
            LocalizedText name,
            String shop,
            Instant submittedAt,
            String progress,
            String verificationCode,
            String agency,
            LocalizedText agencyName,
            String service,
            Instant issuedAt)
            implements Serializable {

        public static final String RECEIPT = "receipt";
        public static final String DOCUMENT = "document";
    }

    @Inject
    Cases cases;

    @Inject
    Proofs proofs;

    /** Genuine, or a {@link NotFoundException} when nothing is known by it. */
    public Verification check(String code) {
        String typed = code == null ? "" : code.strip();
        if (typed.isEmpty() || typed.length() > 100) {
            throw notKnown(typed);
        }
        if (typed.toUpperCase(Locale.ROOT).startsWith("CS-")) {
            return receipt(typed);
        }
        Proofs.ProofCheck document = proofs.verify(typed);
        return new Verification(
                true,
                Verification.DOCUMENT,
                null,
                document.serviceName(),
                null,
                null,
                null,
                document.verificationCode(),
                document.agency(),
                document.agencyName(),
                document.service(),
                document.issuedAt());
    }

    private static NotFoundException notKnown(String typed) {
        return new NotFoundException("proof.notKnown", "No receipt or document is known by this code", typed);
    }

    private Verification receipt(String typed) {
        int split = typed.lastIndexOf('-');
        String reference = typed.substring(0, split);
        String tracking = typed.substring(split + 1);
        if (tracking.isEmpty() || tracking.length() > 20 || reference.length() > 20) {
            throw notKnown(typed);
        }
        CaseView found = cases.track(reference, tracking);
        return new Verification(
                true,
                Verification.RECEIPT,
                found.reference(),
                found.name(),
                found.shop(),
                found.submittedAt(),
                found.progress(),
                null,
                null,
                null,
                null,
                null);
    }
}
