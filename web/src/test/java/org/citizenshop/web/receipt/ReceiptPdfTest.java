package org.citizenshop.web.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citizenshop.application.CaseView;
import org.citizenshop.application.ConsentView;
import org.citizenshop.domain.model.LocalizedText;
import org.junit.jupiter.api.Test;

class ReceiptPdfTest {

    private static final String URL = "https://shop.example/track/?ref=CS-2026-000007&code=ABCD2345";

    private static CaseView.TaskView task(String service, String name, String agency, String status, boolean queued) {
        return new CaseView.TaskView(
                service,
                new LocalizedText(name, name),
                agency,
                status,
                queued,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                0,
                null,
                List.of(),
                null);
    }

    private static final CaseView BIRTH = new CaseView(
            "CS-2026-000007",
            "ABCD2345",
            "BIRTH",
            new LocalizedText("Nascimento de uma criança", "Birth of a child"),
            "LX-LARANJEIRAS",
            "DESK",
            Instant.parse("2026-11-27T10:15:00Z"),
            "IN_PROGRESS",
            List.of(
                    task("IRN-BIRTH", "Registar um nascimento", "IRN", "COMPLETED", false),
                    task("AT-NIF", "Atribuir NIF", "AT", "PENDING", true),
                    task("ISS-NISS", "Atribuir NISS", "ISS", "PENDING", false)),
            new ConsentView(
                            "a1b2",
                            "12345678",
                            "BIRTH",
                            new LocalizedText("Nascimento de uma criança", "Birth of a child"),
                            "GIVEN",
                            "CUSTOMER_DISPLAY",
                            "LX-01",
                            "clerk1",
                            Instant.parse("2026-11-27T10:10:00Z"),
                            Instant.parse("2026-11-27T10:11:00Z"),
                            null,
                            "PARENT_OF_MINOR",
                            "the child",
                            null,
                            List.of(new ConsentView.Item(
                                    "SHARE",
                                    "AT",
                                    new LocalizedText("Autoridade Tributária", "Tax authority"),
                                    new LocalizedText("Atribuir NIF", "Assign a tax number"),
                                    List.of(),
                                    "AT-NIF",
                                    false)),
                            java.util.Map.of())
                    .withoutPersonalData(),
            new CaseView.Identification("PRESENTED_DOCUMENT", "CITIZEN_CARD", "•••ZZ6", "clerk1"));

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void anA4Receipt_saysTheReference_theCode_andEveryStepsState_inTheCitizensLanguage() throws IOException {
        byte[] pdf = new ReceiptPdf(ReceiptLayout.A4, Locale.forLanguageTag("pt")).render(BIRTH, URL);

        String text = text(pdf);
        assertThat(text)
                .contains("CS-2026-000007", "ABCD2345", "Nascimento de uma criança", "LX-LARANJEIRAS")
                .contains("Registar um nascimento (IRN): concluído")
                .contains("Atribuir NIF (AT): em fila para a entidade")
                .contains("Atribuir NISS (ISS): à espera de um passo anterior")
                .contains("Identificado no balcão por documento apresentado")
                .contains("Consentimento")
                .contains("O cidadão deu o consentimento. (dado no ecrã do cidadão num balcão, 2026-11-27 10:11)")
                .contains("O requerente atuou como pai ou mãe, por um filho menor.")
                .contains("Enviado a AT: Atribuir NIF")
                .doesNotContain("12345678")
                .contains("shop.example/track/");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(595.28f);
            assertThat(document.getDocumentInformation().getTitle()).contains("CS-2026-000007");
        }
    }

    @Test
    void theReceipt_listsTheDocumentsIssuedSoFar_byReferenceAndVerificationCode() throws IOException {
        CaseView.TaskView birth = BIRTH.tasks().get(0);
        CaseView.TaskView issued = new CaseView.TaskView(
                birth.service(),
                birth.name(),
                birth.agency(),
                birth.status(),
                false,
                List.of(),
                null,
                null,
                null,
                null,
                "IRN-BIRTH-2026-000001",
                List.of(),
                null,
                null,
                null,
                0,
                null,
                List.of(),
                new CaseView.ProofView("DOCUMENT", "IRN-7KQ3-9XMP-2B4D", null, null, null, null, null, null));
        CaseView withProof = new CaseView(
                BIRTH.reference(),
                BIRTH.trackingCode(),
                BIRTH.lifeEvent(),
                BIRTH.name(),
                BIRTH.shop(),
                BIRTH.channel(),
                BIRTH.submittedAt(),
                BIRTH.progress(),
                List.of(issued, BIRTH.tasks().get(1), BIRTH.tasks().get(2)),
                null,
                null);

        String text = text(new ReceiptPdf(ReceiptLayout.A4, Locale.ENGLISH).render(withProof, URL));

        assertThat(text)
                .contains("Documents issued")
                .contains("Registar um nascimento (IRN): IRN-BIRTH-2026-000001, verification code IRN-7KQ3-9XMP-2B4D");
        assertThat(text(new ReceiptPdf(ReceiptLayout.A4, Locale.ENGLISH).render(BIRTH, URL)))
                .as("none yet, no heading")
                .doesNotContain("Documents issued");
    }

    @Test
    void aThermalReceipt_is80mmWide_andWrapsLongLinesInsteadOfCuttingThem() throws IOException {
        byte[] pdf = new ReceiptPdf(ReceiptLayout.THERMAL, Locale.ENGLISH).render(BIRTH, URL);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(226.77f);
        }
        String text = text(pdf).replace("\n", " ").replaceAll(" +", " ");
        assertThat(text)
                .contains("Birth of a child")
                .contains("queued for the agency")
                .contains("is kept safely and delivered as soon as the agency can take it");
    }

    @Test
    void charactersTheFontCannotDraw_becomeQuestionMarks_andTheLayoutsAreNamed() throws IOException {
        CaseView foreign = new CaseView(
                "CS-2026-000008",
                "ABCD2345",
                null,
                new LocalizedText("Serviço ✓", "Service ✓"),
                "LX-LARANJEIRAS",
                "KIOSK",
                Instant.parse("2026-11-27T10:15:00Z"),
                "IN_PROGRESS",
                List.of(),
                null,
                null);

        assertThat(text(new ReceiptPdf(ReceiptLayout.A4, Locale.ENGLISH).render(foreign, URL)))
                .contains("Service ?");
        assertThat(ReceiptLayout.named("Thermal")).contains(ReceiptLayout.THERMAL);
        assertThat(ReceiptLayout.named(null)).contains(ReceiptLayout.A4);
        assertThat(ReceiptLayout.named("letter")).isEmpty();
    }
}
