package org.citizenshop.application.internal;

import java.util.ArrayList;
import java.util.List;
import org.citizenshop.application.CaseSubmission;
import org.citizenshop.domain.model.InvalidFormException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.cases.PresentedDocument;
import org.citizenshop.domain.model.citizen.CivilIdNumber;

/** The document a citizen showed at a desk, as typed by the clerk, checked with every problem at once. */
final class PresentedDocuments {

    private PresentedDocuments() {}

    static PresentedDocument checked(CaseSubmission.Document typed, CivilIdNumber applicant) {
        List<InvalidFormException.Refusal> refusals = new ArrayList<>();
        PresentedDocument document = null;
        try {
            document = PresentedDocument.of(
                    typed == null ? null : typed.type(), typed == null ? null : typed.number(), applicant);
        } catch (InvalidInputException invalid) {
            refusals.add(new InvalidFormException.Refusal(invalid.field(), invalid.messageKey(), invalid.arguments()));
        }
        if (typed == null || !typed.checked()) {
            refusals.add(new InvalidFormException.Refusal("document.checked", "document.checkRequired", List.of()));
        }
        if (!refusals.isEmpty()) {
            throw new InvalidFormException(refusals);
        }
        return document;
    }
}
