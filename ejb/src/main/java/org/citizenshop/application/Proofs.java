package org.citizenshop.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import org.citizenshop.domain.model.LocalizedText;

/** The documents agencies issued for cases: read by the staff who may read the case, checked by anyone. */
public interface Proofs {

    /** A document as it is downloaded. */
    record ProofFile(String fileName, String contentType, byte[] content, String sha256) {}

    /**
     * What the public verification says of a genuine document: which agency issued it, for which
     * service, when. Nothing about whom it concerns.
     */
    record ProofCheck(
            String verificationCode,
            String agency,
            LocalizedText agencyName,
            String service,
            LocalizedText serviceName,
            Instant issuedAt)
            implements Serializable {}

    /** The document the agency issued for a task of the case; the read is on the data tracker. */
    ProofFile document(@NotBlank @Size(max = 20) String caseReference, @NotBlank @Size(max = 36) String taskKey);

    /**
     * Whether a document the shop received is genuine, by its verification code ({@code IRN-7KQ3-9XMP-2B4D})
     * or its SHA-256 digest (64 hexadecimal digits); a code nobody issued is not found.
     */
    ProofCheck verify(@NotBlank @Size(max = 100) String code);
}
