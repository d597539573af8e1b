package org.citizenshop.integration.imt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.citizenshop.application.AgencyDocument;
import org.citizenshop.domain.model.cases.ProofDocument;
import org.citizenshop.integration.delivery.TaskAnswer;
import org.citizenshop.integration.delivery.TaskOutcome;
import org.citizenshop.integration.imt.ImtReplyTranslator.UnusableReplyException;
import org.citizenshop.integration.testing.ScriptedAgency;
import org.citizenshop.integration.testing.Tasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The driving authority's replies (samples under agency/imt/), and its request as the translator writes it. */
class ImtReplyTranslatorTest {

    private static final String KEY = Tasks.KEY;

    private static String sample(String name) {
        return ScriptedAgency.sample("imt", name);
    }

    private static final String UNREADABLE = "The driving authority's reply is unreadable: ";

    private static TaskAnswer read(String sample) throws UnusableReplyException {
        return ImtReplyTranslator.read(KEY, sample(sample));
    }

    @Test
    void completion_givesTheReferenceAndTheOutputs() throws UnusableReplyException {
        assertThat(read("completed-licence.json"))
                .isEqualTo(new TaskAnswer(
                        KEY,
                        new TaskOutcome.Completed(
                                "IMT-2026-000012", Map.of("licence.temporaryPermit", "GS-2026-000001"))));
        assertThat(read("completed-address.json").outcome())
                .isEqualTo(new TaskOutcome.Completed(
                        "IMT-2026-000013", Map.of("address.imtConfirmation", "IMT-2026-000013")));
    }

    @Test
    void theTemporaryPermitWithTheCompletion_isReadChecked_andKeptWithIt() throws UnusableReplyException {
        TaskOutcome.Completed completed = (TaskOutcome.Completed)
                read("completed-licence-with-document.json").outcome();

        assertThat(completed.reference()).isEqualTo("IMT-2026-000001");
        assertThat(completed.outputs()).isEqualTo(Map.of("licence.temporaryPermit", "GS-2026-000001"));
        AgencyDocument document = completed.document();
        assertThat(document.usable()).as(document.toString()).isTrue();
        assertThat(document.fileName()).isEqualTo("IMT-2026-000001.pdf");
        assertThat(document.verificationCode()).isEqualTo("IMT-ZRZZ-C453-ZZ87");
        assertThat(document.sha256()).isEqualTo("3211e0705353d7c109ee69147b53584f5ecaa9c324dd51694a92274e44561e62");
        assertThat(document.content()).hasSize(1626).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(((TaskOutcome.Completed) read("completed-licence.json").outcome()).document())
                .as("a reply without a document")
                .isNull();
    }

    /**
     * The authority did the work and its outputs feed the next steps; the same key would bring the same
     * document back. So the reply is a completion, and the problem with its document is kept for the clerk.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            document-malformed-base64.json     | the document's content is not valid base64
            document-wrong-digest.json         | the document's SHA-256 digest does not match its content
            document-too-big.json              | the document declares 3000000 bytes, more than the limit of 2097152
            document-not-a-pdf.json            | the document is not a PDF
            document-not-an-object.json        | the document is not a JSON object
            """)
    void aDocumentThatCannotBeAccepted_isACompletionWithoutProof_withTheProblem(String sample, String problem)
            throws UnusableReplyException {
        TaskOutcome.Completed completed = (TaskOutcome.Completed) read(sample).outcome();

        assertThat(completed.outputs()).isEqualTo(Map.of("licence.temporaryPermit", "GS-2026-000001"));
        assertThat(completed.document().usable()).isFalse();
        assertThat(completed.document().problem()).isEqualTo(problem);
        assertThat(completed.document().content()).isNull();
    }

    /** A PDF of exactly the shop's limit, in a reply of the agency's shape. */
    private static String replyWithDocumentOf(int bytes) throws Exception {
        byte[] pdf = new byte[bytes];
        Arrays.fill(pdf, (byte) ' ');
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 8);
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        return """
                {"requestKey":"%s","status":"COMPLETED","agencyReference":"IMT-2026-000001",
                 "outputs":{"licence.temporaryPermit":"GS-2026-000001"},"code":null,"reason":null,
                 "document":{"fileName":"IMT-2026-000001.pdf","contentType":"application/pdf","size":%d,
                  "sha256":"%s","verificationCode":"IMT-ZRZZ-C453-ZZ87","content":"%s"}}"""
                .formatted(KEY, bytes, sha256, Base64.getEncoder().encodeToString(pdf));
    }

    @Test
    void aReplyWithADocumentOfTheLimit_isReadable_andTheDocumentKept() throws Exception {
        String reply = replyWithDocumentOf(ProofDocument.MAX_BYTES);
        assertThat(reply.length()).isGreaterThan(ImtReplyTranslator.MAX_TEXT);

        TaskOutcome.Completed completed =
                (TaskOutcome.Completed) ImtReplyTranslator.read(KEY, reply).outcome();

        assertThat(completed.document().usable())
                .as(completed.document().toString())
                .isTrue();
        assertThat(completed.document().content()).hasSize(ProofDocument.MAX_BYTES);
    }

    @Test
    void aReplyLongerThanTheLongestDocumentAllows_isUnreadable_asBefore() throws Exception {
        // Base64 of this many bytes is longer than the reply's limit, line breaks allowed for.
        String reply = replyWithDocumentOf(3 * ProofDocument.MAX_BYTES);

        assertThatThrownBy(() -> ImtReplyTranslator.read(KEY, reply))
                .isInstanceOfSatisfying(UnusableReplyException.class, e -> {
                    assertThat(e.getMessage())
                            .isEqualTo(UNREADABLE + "the reply is longer than " + ImtReplyTranslator.MAX_REPLY
                                    + " characters");
                    assertThat(e.taskKey()).contains(KEY);
                });
    }

    @Test
    void aDocumentSomewhatOverTheLimit_isACompletionWithoutProof_notAnUnreadableReply() throws Exception {
        TaskOutcome.Completed completed =
                (TaskOutcome.Completed) ImtReplyTranslator.read(KEY, replyWithDocumentOf(ProofDocument.MAX_BYTES + 1))
                        .outcome();

        assertThat(completed.document().usable()).isFalse();
        assertThat(completed.document().problem())
                .isEqualTo("the document declares 2097153 bytes, more than the limit of 2097152");
    }

    @Test
    void aLongReplyBesidesItsDocument_isUnreadable() throws Exception {
        String reply = replyWithDocumentOf(1000)
                .replace("\"code\":null", "\"code\":null,\"note\":\"" + "A".repeat(ImtReplyTranslator.MAX_TEXT) + "\"");

        assertThatThrownBy(() -> ImtReplyTranslator.read(KEY, reply))
                .isInstanceOf(UnusableReplyException.class)
                .hasMessage(UNREADABLE + "the reply is longer than 65536 characters besides its document");
    }

    @Test
    void completionWithoutOutputsOrNulls_hasNoOutputs() throws UnusableReplyException {
        assertThat(read("completed-without-outputs.json").outcome())
                .isEqualTo(new TaskOutcome.Completed("IMT-2026-000014", Map.of()));
    }

    @Test
    void rejection_givesTheCodeAndTheReason() throws UnusableReplyException {
        assertThat(read("rejected-invalid-licence-number.json"))
                .isEqualTo(new TaskAnswer(
                        KEY,
                        new TaskOutcome.Rejected(
                                "INVALID_REQUEST",
                                "licence.number must be a driving licence number such as L-1234567 8, not 12345.")));
    }

    @Test
    void rejectionWithoutReason_givesTheCodeAsReason() throws UnusableReplyException {
        assertThat(read("rejected-without-reason.json").outcome())
                .isEqualTo(new TaskOutcome.Rejected("INVALID_REQUEST", "INVALID_REQUEST"));
    }

    @Test
    void aReplyWithoutRequestKeyInItsBody_isReadByItsCorrelationId() throws UnusableReplyException {
        assertThat(ImtReplyTranslator.read(KEY, "{\"status\":\"COMPLETED\",\"agencyReference\":\"IMT-2026-000030\"}")
                        .key())
                .isEqualTo(KEY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            refused-key-reused.json            | KEY_REUSED: This request key was already used for a different request.
            refused-malformed.json             | MALFORMED: The message is not a text message holding a JSON object.
            refused-invalid-request-key.json   | INVALID_REQUEST_KEY: JMSCorrelationID must be the request key: 1 to 100 of A-Z, a-z, 0-9, -.
            """)
    void refusalsOfTheMessageItself_areNoRejectionOfTheCase(String sample, String refusal) {
        assertThatThrownBy(() -> read(sample)).isInstanceOfSatisfying(UnusableReplyException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("The driving authority refused the request message: " + refusal);
            assertThat(e.taskKey()).contains(KEY);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            completed-without-reference.json   | no agencyReference
            rejected-without-code.json         | no code
            unknown-status.json                | unknown status 'ACCEPTED'
            status-not-text.json               | status is not text
            outputs-not-an-object.json         | outputs is not an object
            output-not-text.json               | output 'licence.temporaryPermit' is not text
            other-request-key.json             | the reply's requestKey '9b2e6c1d-7f3a-4e58-b0c4-5d6e7f8a9b0c' is not its JMSCorrelationID
            malformed.json                     | the reply is not a JSON object
            not-an-object.json                 | the reply is not a JSON object
            hostile-duplicate-status.json      | the reply is not a JSON object
            hostile-deep-nesting.json          | the reply is not a JSON object
            hostile-oversized-reference.json   | agencyReference is longer than 60 characters
            hostile-too-many-outputs.json      | more than 40 outputs
            hostile-oversized-reply.json       | the reply is longer than 65536 characters
            """)
    void unreadableReplies_sayWhy_andKeepTheirTask(String sample, String why) {
        assertThatThrownBy(() -> read(sample)).isInstanceOfSatisfying(UnusableReplyException.class, e -> {
            assertThat(e.getMessage()).startsWith(UNREADABLE + why);
            assertThat(e.taskKey()).contains(KEY);
        });
    }

    @Test
    void ambiguousOrAbusiveJson_isRefusedByTheParser_notGuessedAt() {
        assertThatThrownBy(() -> read("hostile-duplicate-status.json"))
                .isInstanceOf(UnusableReplyException.class)
                .hasMessageContaining("Duplicate key 'status'");
        // Parsson's own limit; it throws a bare RuntimeException, which must not escape as a system failure.
        assertThatThrownBy(() -> read("hostile-deep-nesting.json"))
                .isInstanceOf(UnusableReplyException.class)
                .hasMessageContaining("too deeply nested");
    }

    @Test
    void controlCharactersFromTheWire_neverReachTheMessage() {
        assertThatThrownBy(() -> read("hostile-control-characters.json"))
                .isInstanceOfSatisfying(UnusableReplyException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(UNREADABLE + "unknown status 'OK??FORGED?[31m'");
                    assertThat(e.taskKey()).contains(KEY);
                });
    }

    @Test
    void aReplyThatIsNoTextMessageOrEmpty_isUnreadable() {
        assertThatThrownBy(() -> ImtReplyTranslator.read(KEY, null))
                .isInstanceOfSatisfying(UnusableReplyException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(UNREADABLE + "the reply is not a text message");
                    assertThat(e.taskKey()).contains(KEY);
                });
        assertThatThrownBy(() -> ImtReplyTranslator.read(KEY, " \n"))
                .isInstanceOfSatisfying(UnusableReplyException.class, e -> assertThat(e.getMessage())
                        .isEqualTo(UNREADABLE + "the reply is empty"));
    }

    @Test
    void withoutCorrelationId_theBodysKeyNamesTheTask_butTheReplyIsNotTaken() {
        assertThatThrownBy(() -> ImtReplyTranslator.read(null, sample("completed-licence.json")))
                .isInstanceOfSatisfying(UnusableReplyException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(UNREADABLE + "the reply has no JMSCorrelationID");
                    assertThat(e.taskKey()).contains(KEY);
                });
    }

    @Test
    void aCorrelationIdThatIsNoRequestKey_namesNoTask() {
        assertThatThrownBy(() -> ImtReplyTranslator.read("ID:\n forged", sample("refused-invalid-request-key.json")))
                .isInstanceOfSatisfying(UnusableReplyException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(UNREADABLE + "the JMSCorrelationID is not a request key");
                    assertThat(e.taskKey()).isEmpty();
                });
        assertThatThrownBy(() -> ImtReplyTranslator.read(null, sample("malformed.json")))
                .isInstanceOfSatisfying(UnusableReplyException.class, e -> assertThat(e.taskKey())
                        .isEmpty());
    }

    @Test
    void printable_keepsLogLinesWhole() {
        assertThat(ImtReplyTranslator.printable(null)).isEqualTo("(none)");
        assertThat(ImtReplyTranslator.printable("a\nb\u001b")).isEqualTo("'a?b?'");
        assertThat(ImtReplyTranslator.printable("não\u2028")).isEqualTo("'não?'");
        assertThat(ImtReplyTranslator.printable("x".repeat(100))).hasSize(63);
    }

    @Test
    void theRequest_isTheServiceRequestJson_correlatedByTheTasksKey() {
        ImtRequest request = ImtTaskTranslator.request(
                Tasks.task("imt-jms", "IMT-LICENCE", "licence.reason", "LOST", "licence.number", "L-1234567 8"));

        assertThat(request.requestKey()).isEqualTo(KEY);
        JsonObject json = Json.createReader(new StringReader(request.json())).readObject();
        assertThat(json.getString("service")).isEqualTo("IMT-LICENCE");
        assertThat(json.getString("shop")).isEqualTo("LX-LARANJEIRAS");
        assertThat(json.getString("caseReference")).isEqualTo("CS-2026-000001");
        assertThat(json.getJsonObject("citizen").getString("civilIdNumber")).isEqualTo("12345678");
        assertThat(json.getJsonObject("details"))
                .containsOnlyKeys("licence.number", "licence.reason")
                .containsEntry("licence.number", Json.createValue("L-1234567 8"));
        // Fields in key order: the same task is the same request, byte for byte.
        assertThat(request.json())
                .contains("\"details\":{\"licence.number\":\"L-1234567 8\",\"licence.reason\":\"LOST\"}");
    }
}
