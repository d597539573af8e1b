package org.citizenshop.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.citizenshop.domain.model.LocalizedText;
import org.junit.jupiter.api.Test;

/** What of the agencies' proofs each reader of a board sees. */
class CaseViewTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:15:30Z");
    private static final String DIGEST = "2302b15d83f6be2bd4d9caba7940790b5070a52ae091486728bf23cb84076470";

    private static CaseView.TaskView task(String service, String reference, CaseView.ProofView proof) {
        return step(service, "COMPLETED", reference, null, null, proof);
    }

    private static CaseView.TaskView rejected(String service, String code, String reason) {
        return step(service, "REJECTED", null, code, reason, null);
    }

    private static CaseView.TaskView step(
            String service, String status, String reference, String code, String reason, CaseView.ProofView proof) {
        return new CaseView.TaskView(
                service,
                new LocalizedText(service, service),
                service.substring(0, service.indexOf('-')),
                status,
                false,
                List.of(),
                NOW,
                NOW,
                "ON_TIME",
                NOW,
                reference,
                List.of(new CaseView.OutputView("child.civilId", new LocalizedText("BI", "ID"), "40000001")),
                code,
                reason,
                null,
                0,
                "3c9a1f7e-52b4-4d0e-9a61-0b7f2d8e4c15",
                List.of(),
                proof);
    }

    private static final CaseView BOARD = new CaseView(
            "CS-2026-000001",
            "ABCD2345",
            "BIRTH",
            new LocalizedText("Nascimento", "Birth"),
            "LX-LARANJEIRAS",
            "DESK",
            NOW,
            "COMPLETED",
            List.of(
                    task(
                            "IRN-BIRTH",
                            "IRN-BIRTH-2026-000001",
                            new CaseView.ProofView(
                                    "DOCUMENT",
                                    "IRN-7KQ3-9XMP-2B4D",
                                    DIGEST,
                                    "application/pdf",
                                    "IRN-BIRTH-2026-000001.pdf",
                                    1570,
                                    NOW,
                                    null)),
                    task(
                            "AT-NIF",
                            "AT-2026-000001",
                            new CaseView.ProofView(
                                    "REFUSED", null, null, null, null, null, NOW, "the document is not a PDF")),
                    task("ISS-NISS", "ISS-2026-000001", null)),
            null,
            null);

    @Test
    void thePublicBoard_saysADocumentExists_andNothingOfIt() {
        CaseView tracked = BOARD.withoutPersonalData();

        assertThat(tracked.tasks().get(0).proof())
                .isEqualTo(new CaseView.ProofView("DOCUMENT", null, null, null, null, null, null, null));
        assertThat(tracked.tasks().get(0).agencyReference()).isNull();
        assertThat(tracked.tasks().get(1).proof())
                .as("a refused document is the staff's business")
                .isNull();
        assertThat(tracked.tasks().get(2).proof()).isNull();
        assertThat(tracked.toString()).doesNotContain("IRN-7KQ3", DIGEST, "40000001", "not a PDF");
    }

    @Test
    void thePublicBoard_keepsARejectionsCode_notTheAgencysWords() {
        CaseView board = new CaseView(
                "CS-2026-000002",
                "EFGH6789",
                "BIRTH",
                new LocalizedText("Nascimento", "Birth"),
                "LX-LARANJEIRAS",
                "DESK",
                NOW,
                "CLOSED_WITH_REFUSALS",
                List.of(
                        rejected(
                                "IRN-BIRTH",
                                "UNKNOWN_CITIZEN",
                                "No citizen with civil identification number 39999999."),
                        rejected("AT-NIF", "UPSTREAM", "IRN-BIRTH"),
                        rejected("SNS-REGISTER", "BY_STAFF", "Cancelled at the request of Maria, 912345678")),
                null,
                null);

        CaseView tracked = board.withoutPersonalData();

        assertThat(tracked.tasks().get(0).rejectionCode()).isEqualTo("UNKNOWN_CITIZEN");
        assertThat(tracked.tasks().get(0).rejectionReason()).isNull();
        assertThat(tracked.tasks().get(1).rejectionReason())
                .as("the step it needed: a service code")
                .isEqualTo("IRN-BIRTH");
        assertThat(tracked.tasks().get(2).rejectionReason()).isNull();
        assertThat(tracked.toString()).doesNotContain("39999999", "912345678");
        assertThat(board.forReceipt().toString()).doesNotContain("39999999", "912345678");
    }

    @Test
    void theReceipt_listsEachDocumentsReferenceAndVerificationCode_only() {
        CaseView receipt = BOARD.forReceipt();

        CaseView.TaskView birth = receipt.tasks().get(0);
        assertThat(birth.agencyReference()).isEqualTo("IRN-BIRTH-2026-000001");
        assertThat(birth.proof().verificationCode()).isEqualTo("IRN-7KQ3-9XMP-2B4D");
        assertThat(birth.proof().sha256()).isNull();
        assertThat(birth.outputs()).isEmpty();
        assertThat(receipt.tasks().get(1).agencyReference())
                .as("no document, no reference")
                .isNull();
        assertThat(receipt.tasks().get(2).agencyReference()).isNull();
        assertThat(receipt.trackingCode()).isNull();
    }
}
