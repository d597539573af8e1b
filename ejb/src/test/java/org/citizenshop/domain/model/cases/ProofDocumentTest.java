package org.citizenshop.domain.model.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.citizenshop.domain.model.Fixtures;
import org.citizenshop.domain.model.citizen.CivilIdNumber;
import org.junit.jupiter.api.Test;

class ProofDocumentTest {

    static final byte[] PDF = "%PDF-1.6\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final String CODE = "IRN-7KQ3-9XMP-2B4D";
    private static final Instant NOW = Fixtures.MORNING;

    private final Fixtures fixtures = new Fixtures();

    static CaseTask taskOf(Fixtures fixtures) {
        CitizenCase single = new CitizenCase(
                CaseReference.of(2026, 7),
                TrackingCode.generate(),
                null,
                null,
                fixtures.shop,
                null,
                CaseChannel.DESK,
                CivilIdNumber.of("12345678"),
                CaseData.EMPTY,
                List.of(fixtures.certificate),
                Map.of(),
                "clerk1",
                NOW);
        return single.tasks().get(0);
    }

    @Test
    void aPdfWhoseDigestMatches_isKept_withItsCodeSizeAndName() {
        ProofDocument proof = ProofDocument.issued(
                taskOf(fixtures), "IRN-CERT-2026-000001.pdf", PDF, ProofDocument.sha256Of(PDF), CODE, NOW);

        assertThat(proof.kept()).isTrue();
        assertThat(proof.content()).hasValue(PDF);
        assertThat(proof.size()).isEqualTo(PDF.length);
        assertThat(proof.verificationCode()).hasValue(CODE);
        assertThat(proof.fileName()).hasValue("IRN-CERT-2026-000001.pdf");
        assertThat(proof.contentType()).hasValue("application/pdf");
        assertThat(proof.problem()).isEmpty();
    }

    @Test
    void aFileNameThatCouldTravelOrHide_isReplacedByTheServiceCode() {
        for (String name : new String[] {"../../etc/passwd.pdf", "certidão.pdf", "a.exe", null, "x\r\n.pdf"}) {
            assertThat(ProofDocument.issued(taskOf(fixtures), name, PDF, ProofDocument.sha256Of(PDF), CODE, NOW)
                            .fileName())
                    .as(String.valueOf(name))
                    .hasValue("IRN-CERT.pdf");
        }
    }

    @Test
    void aDigestThatDoesNotMatch_isRefused() {
        String other = ProofDocument.sha256Of("another".getBytes(StandardCharsets.US_ASCII));

        assertThat(ProofDocument.problemWith(PDF, other, CODE))
                .hasValueSatisfying(problem -> assertThat(problem).contains("does not match"));
        assertThatThrownBy(() -> ProofDocument.issued(taskOf(fixtures), "a.pdf", PDF, other, CODE, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not match");
    }

    @Test
    void whatIsNotAPdf_aDocumentTooBig_anEmptyOne_aBadDigestOrCode_areRefused() {
        byte[] page = "<html>".getBytes(StandardCharsets.US_ASCII);
        byte[] big = Arrays.copyOf(PDF, ProofDocument.MAX_BYTES + 1);

        assertThat(ProofDocument.problemWith(page, ProofDocument.sha256Of(page), CODE))
                .hasValue("the document is not a PDF");
        assertThat(ProofDocument.problemWith(big, ProofDocument.sha256Of(big), CODE))
                .hasValueSatisfying(problem -> assertThat(problem).contains("more than 2097152"));
        assertThat(ProofDocument.problemWith(new byte[0], ProofDocument.sha256Of(new byte[0]), CODE))
                .hasValue("the document is empty");
        assertThat(ProofDocument.problemWith(PDF, "ABC", CODE))
                .hasValueSatisfying(problem -> assertThat(problem).contains("not a SHA-256"));
        assertThat(ProofDocument.problemWith(PDF, ProofDocument.sha256Of(PDF), "irn 1234"))
                .hasValue("the document has no valid verification code");
        assertThat(ProofDocument.problemWith(PDF, ProofDocument.sha256Of(PDF), CODE))
                .isEmpty();
    }

    @Test
    void aRefusedDocument_keepsOnlyItsProblem() {
        ProofDocument refused = ProofDocument.refused(taskOf(fixtures), "the document is not a PDF", NOW);

        assertThat(refused.kept()).isFalse();
        assertThat(refused.problem()).hasValue("the document is not a PDF");
        assertThat(refused.content()).isEmpty();
        assertThat(refused.verificationCode()).isEmpty();
        assertThatThrownBy(() -> ProofDocument.refused(taskOf(fixtures), " ", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
