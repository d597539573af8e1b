package org.citizenshop.integration.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.citizenshop.application.AgencyCallbacks.Verdict;
import org.citizenshop.integration.cml.CmlCallback;
import org.citizenshop.integration.testing.RecordingOutcomes;
import org.citizenshop.integration.testing.RecordingOutcomes.Outcome;
import org.citizenshop.integration.testing.ScriptedAgency;
import org.citizenshop.integration.testing.Tasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The municipality's signed callbacks (samples under agency/cml/), checked and read without a server. */
class AgencyCallbackReceiverTest {

    private static final String SECRET = "test-secret-shared-with-the-municipality";

    private final RecordingOutcomes outcomes = new RecordingOutcomes();
    private final AgencyCallbackReceiver receiver = new AgencyCallbackReceiver(outcomes, SECRET);

    private static String sample(String name) {
        return ScriptedAgency.sample("cml", name);
    }

    @Test
    void aSignedCompletion_isRecordedWithItsReferenceAndOutputs() {
        String body = sample("callback-completed.json");

        Verdict verdict = receiver.receive("cml", body, CmlCallback.signature(body, SECRET));

        assertThat(verdict).isEqualTo(Verdict.ACCEPTED);
        assertThat(outcomes.reported)
                .containsExactly(new Outcome(
                        Tasks.KEY, "completed", "CML-2026-000031 {address.municipalConfirmation=CML-MOR-2026-000031}"));
    }

    @Test
    void aSignedCompletion_withTheConfirmationOfTheRecordsUpdated_isRecordedWithTheDocument() {
        String body = sample("callback-completed-with-document.json");

        Verdict verdict = receiver.receive("cml", body, CmlCallback.signature(body, SECRET));

        assertThat(verdict).isEqualTo(Verdict.ACCEPTED);
        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo("completed");
            assertThat(outcome.detail())
                    .startsWith("CML-2026-000031 {address.municipalConfirmation=CML-MOR-2026-000031}");
        });
        assertThat(outcomes.documents).singleElement().satisfies(document -> {
            assertThat(document.usable()).as(document.toString()).isTrue();
            assertThat(document.fileName()).isEqualTo("CML-2026-000031.pdf");
            assertThat(document.verificationCode()).isEqualTo("CML-7KQ3-9XMP-2B4D");
            assertThat(document.sha256()).isEqualTo("0fbea58a3a5fd773bc27b766956ea50842b0c49476177ec3988f05681e48a573");
            assertThat(document.content()).hasSize(1663).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        });
    }

    /** The signature covers the whole body: a document swapped in under it makes the callback not genuine. */
    @Test
    void aDocumentChangedAfterSigning_isNotGenuine_andNothingIsRecorded() {
        String body = sample("callback-completed-with-document.json");
        String signature = CmlCallback.signature(body, SECRET);
        String tampered = body.replace("CML-7KQ3-9XMP-2B4D", "CML-7KQ3-9XMP-2B4E");

        assertThat(receiver.receive("cml", tampered, signature)).isEqualTo(Verdict.NOT_GENUINE);
        assertThat(outcomes.reported).isEmpty();
        assertThat(outcomes.documents).isEmpty();
    }

    /**
     * The municipality did the work and the task is done; its callback would bring the same document
     * again. So the step is completed and the problem with its document kept for the clerk.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "callback-document-malformed-base64.json | the document's content is not valid base64",
                "callback-document-wrong-digest.json     | the document's SHA-256 digest does not match its content",
                "callback-document-too-big.json          | the document declares 3145728 bytes, more than the limit"
                        + " of 2097152",
                "callback-document-not-a-pdf.json        | the document is not a PDF",
                "callback-document-not-an-object.json    | the document is not a JSON object"
            })
    void aDocumentThatCannotBeAccepted_completesTheStepWithoutProof_withTheProblem(String name, String problem) {
        String body = sample(name);

        Verdict verdict = receiver.receive("cml", body, CmlCallback.signature(body, SECRET));

        assertThat(verdict).isEqualTo(Verdict.ACCEPTED);
        assertThat(outcomes.reported).singleElement().satisfies(outcome -> assertThat(outcome.kind())
                .isEqualTo("completed"));
        assertThat(outcomes.documents).singleElement().satisfies(document -> {
            assertThat(document.usable()).isFalse();
            assertThat(document.problem()).isEqualTo(problem);
            assertThat(document.content()).isNull();
        });
    }

    @Test
    void aSignedRejection_isRecordedWithItsCodeAndReason() {
        String body = sample("callback-rejected.json");

        Verdict verdict = receiver.receive("cml", body, CmlCallback.signature(body, SECRET));

        assertThat(verdict).isEqualTo(Verdict.ACCEPTED);
        assertThat(outcomes.reported)
                .containsExactly(new Outcome(
                        Tasks.KEY, "rejected", "UNKNOWN_ADDRESS: Rua Inexistente 0 is not a street of Lisboa"));
    }

    @Test
    void theSignature_isTheHexHmacSha256OfTheBody_inEitherCase() {
        // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), the well-known test vector.
        String body = "The quick brown fox jumps over the lazy dog";
        String expected = "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8";

        assertThat(CmlCallback.signature(body, "key")).isEqualTo(expected);
        assertThat(CmlCallback.genuine(body, expected, "key")).isTrue();
        assertThat(CmlCallback.genuine(body, expected.toUpperCase().replace("SHA256=", "sha256="), "key"))
                .isTrue();
    }

    @Test
    void aMissingOrWrongSignature_isNotGenuine_andNothingIsRecorded() {
        String body = sample("callback-completed.json");
        String signedWithAnotherSecret = CmlCallback.signature(body, "another-secret");
        String signatureOfAnotherBody = CmlCallback.signature(body.replace("CML-MOR", "CML-XXX"), SECRET);

        assertThat(receiver.receive("cml", body, null)).isEqualTo(Verdict.NOT_GENUINE);
        assertThat(receiver.receive("cml", body, "")).isEqualTo(Verdict.NOT_GENUINE);
        assertThat(receiver.receive("cml", body, signedWithAnotherSecret)).isEqualTo(Verdict.NOT_GENUINE);
        assertThat(receiver.receive("cml", body, signatureOfAnotherBody)).isEqualTo(Verdict.NOT_GENUINE);
        assertThat(receiver.receive(
                        "cml", body, CmlCallback.signature(body, SECRET).substring(7)))
                .isEqualTo(Verdict.NOT_GENUINE);
        assertThat(receiver.receive("cml", body, "sha256=not-hex")).isEqualTo(Verdict.NOT_GENUINE);
        assertThat(receiver.receive("cml", body, "sha256=abcd")).isEqualTo(Verdict.NOT_GENUINE);
        assertThat(outcomes.reported).isEmpty();
    }

    @Test
    void aCallbackForAnAgencyThatDoesNotCallBack_isNotGenuine() {
        String body = sample("callback-completed.json");

        assertThat(receiver.receive("irn", body, CmlCallback.signature(body, SECRET)))
                .isEqualTo(Verdict.NOT_GENUINE);
        assertThat(outcomes.reported).isEmpty();
    }

    @Test
    void aSignedBodyThatIsNotJson_orLacksAField_isUnreadable() {
        for (String body : new String[] {
            "not json at all",
            "[\"an\",\"array\"]",
            "",
            sample("callback-without-key.json"),
            sample("callback-outputs-not-text.json"),
            "{\"requestKey\":\"k\",\"status\":\"COMPLETED\",\"outputs\":{}}",
            "{\"requestKey\":\"k\",\"status\":\"REJECTED\",\"reason\":\"no code\"}",
            "{\"requestKey\":\"k\",\"status\":\"LOST\",\"agencyReference\":\"CML-1\"}",
            // Deeper than the JSON parser allows: it throws a bare RuntimeException.
            "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}"
        }) {
            assertThat(receiver.receive("cml", body, CmlCallback.signature(body, SECRET)))
                    .as(body)
                    .isEqualTo(Verdict.UNREADABLE);
        }
        assertThat(outcomes.reported).isEmpty();
    }

    @Test
    void noSecretConfigured_meansNoCallbackIsGenuine() {
        String body = sample("callback-completed.json");
        AgencyCallbackReceiver unconfigured = new AgencyCallbackReceiver(outcomes, "");

        assertThat(unconfigured.receive("cml", body, CmlCallback.signature(body, SECRET)))
                .isEqualTo(Verdict.NOT_GENUINE);
        assertThat(unconfigured.receive("cml", body, "sha256=")).isEqualTo(Verdict.NOT_GENUINE);
    }
}
