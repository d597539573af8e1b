package org.citizenshop.integration.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.citizenshop.application.AgencyDocument;
import org.citizenshop.domain.model.cases.ProofDocument;
import org.junit.jupiter.api.Test;

/** What the shop accepts of a document an agency sends, and the plain problem with what it does not. */
class DocumentReaderTest {

    private static final byte[] PDF = "%PDF-1.6\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final String CODE = "AT-9FD0-1VGQ-3N56";

    private final DocumentReader reader = DocumentReader.standard();

    private static DocumentReader.Declared declared(byte[] content, String base64) {
        return new DocumentReader.Declared(
                "AT-2026-000001.pdf",
                "application/pdf",
                String.valueOf(content.length),
                ProofDocument.sha256Of(content),
                CODE,
                base64);
    }

    private static DocumentReader.Declared declared(byte[] content) {
        return declared(content, Base64.getEncoder().encodeToString(content));
    }

    private static String problem(AgencyDocument document) {
        assertThat(document.usable()).as(document.toString()).isFalse();
        return document.problem();
    }

    @Test
    void aPdfAsDeclared_isRead_evenWrappedOverLines_andWithAnUpperCaseDigest() {
        String wrapped = Base64.getMimeEncoder(20, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(PDF);
        DocumentReader.Declared given = declared(PDF, "\n  " + wrapped + "\n");

        AgencyDocument document = reader.read(new DocumentReader.Declared(
                given.fileName(),
                "application/PDF; charset=binary",
                given.size(),
                given.sha256().toUpperCase(),
                given.verificationCode(),
                given.base64()));

        assertThat(document.usable()).as(document.toString()).isTrue();
        assertThat(document.content()).isEqualTo(PDF);
        assertThat(document.sha256()).isEqualTo(ProofDocument.sha256Of(PDF));
        assertThat(document.verificationCode()).isEqualTo(CODE);
        assertThat(document.contentType()).isEqualTo("application/pdf");
        assertThat(document.toString()).doesNotContain("%PDF");
    }

    @Test
    void contentThatIsNotBase64_isRefused() {
        DocumentReader.Declared given = declared(PDF, "JVBERi0x*&%$LjYK");

        assertThat(problem(reader.read(given))).isEqualTo("the document's content is not valid base64");
    }

    @Test
    void aDigestOrSizeThatDoesNotMatch_isRefused() {
        DocumentReader.Declared given = declared(PDF);

        assertThat(problem(reader.read(new DocumentReader.Declared(
                        given.fileName(),
                        given.contentType(),
                        given.size(),
                        ProofDocument.sha256Of("another".getBytes(StandardCharsets.US_ASCII)),
                        CODE,
                        given.base64()))))
                .isEqualTo("the document's SHA-256 digest does not match its content");
        assertThat(problem(reader.read(new DocumentReader.Declared(
                        given.fileName(), given.contentType(), "12", given.sha256(), CODE, given.base64()))))
                .isEqualTo("the document has " + PDF.length + " bytes, not the 12 it declares");
        assertThat(problem(reader.read(new DocumentReader.Declared(
                        given.fileName(), given.contentType(), "many", given.sha256(), CODE, given.base64()))))
                .isEqualTo("the document's size is not a number");
    }

    @Test
    void aDocumentTooBig_isRefusedBeforeItIsDecoded() {
        DocumentReader small = new DocumentReader(64);
        byte[] big = Arrays.copyOf(PDF, 200);

        assertThat(problem(small.read(declared(big))))
                .isEqualTo("the document declares 200 bytes, more than the limit of 64");
        DocumentReader.Declared understated = declared(big);
        assertThat(problem(small.read(new DocumentReader.Declared(
                        understated.fileName(),
                        understated.contentType(),
                        "10",
                        understated.sha256(),
                        CODE,
                        understated.base64()))))
                .isEqualTo("the document's content is longer than the limit of 64 bytes allows");
        assertThat(problem(reader.read(new DocumentReader.Declared(
                        "a.pdf", "application/pdf", String.valueOf(ProofDocument.MAX_BYTES + 1), "0", CODE, "JVBE"))))
                .contains("more than the limit of 2097152");
    }

    @Test
    void whatIsNotAPdf_byItsTypeOrItsBytes_isRefused() {
        byte[] page = "<!DOCTYPE html><html></html>".getBytes(StandardCharsets.US_ASCII);
        DocumentReader.Declared given = declared(PDF);

        assertThat(problem(reader.read(declared(page)))).isEqualTo("the document is not a PDF");
        assertThat(problem(reader.read(new DocumentReader.Declared(
                        given.fileName(), "text/html", given.size(), given.sha256(), CODE, given.base64()))))
                .isEqualTo("the document is text/html, not a PDF");
        assertThat(problem(reader.read(new DocumentReader.Declared(
                        given.fileName(), null, given.size(), given.sha256(), CODE, given.base64()))))
                .isEqualTo("the document is of no type, not a PDF");
    }

    @Test
    void noContent_orNoVerificationCode_isRefused() {
        DocumentReader.Declared given = declared(PDF);

        assertThat(problem(reader.read(new DocumentReader.Declared(
                        given.fileName(), given.contentType(), "0", given.sha256(), CODE, " "))))
                .isEqualTo("the document has no content");
        assertThat(problem(reader.read(new DocumentReader.Declared(
                        given.fileName(), given.contentType(), given.size(), given.sha256(), null, given.base64()))))
                .isEqualTo("the document has no valid verification code");
    }
}
