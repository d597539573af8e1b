package org.citizenshop.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Submitting a life event or a service as a case, and following it. */
public interface Cases {

    /**
     * Checks the whole form and opens the case: one task per step, the steps that need nothing
     * first handed to integration in the same transaction. Refused with every problem of the form
     * at once ({@link org.citizenshop.domain.model.InvalidFormException}).
     */
    CaseView submit(@NotNull @Valid CaseSubmission submission);

    /** The full status board, for the staff. */
    CaseView find(@NotBlank @Size(max = 20) String reference);

    /** The public status board: reference and tracking code, no personal data. */
    CaseView track(@NotBlank @Size(max = 20) String reference, @NotBlank @Size(max = 20) String trackingCode);

    /**
     * What the receipt prints, by reference and tracking code: the public board with, for each
     * document an agency issued, its reference and the document's verification code.
     */
    CaseView receipt(@NotBlank @Size(max = 20) String reference, @NotBlank @Size(max = 20) String trackingCode);

    /** The cases opened during the visit a desk serves now, newest first. */
    List<CaseView> ofCurrentVisit(@NotBlank @Size(max = 20) String desk);
}
