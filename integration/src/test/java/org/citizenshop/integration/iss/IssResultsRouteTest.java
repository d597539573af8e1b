package org.citizenshop.integration.iss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.citizenshop.application.AgencyDocument;
import org.citizenshop.integration.testing.RecordingOutcomes;
import org.citizenshop.integration.testing.RecordingOutcomes.Outcome;
import org.citizenshop.integration.testing.ScriptedAgency;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The social security's results files, dropped by the test into a temporary exchange directory as
 * the agency would (a dot name, then a rename); samples under agency/iss/.
 */
class IssResultsRouteTest extends CamelTestSupport {

    private static final String FIRST = "11111111-1111-4111-8111-111111111111";
    private static final String SECOND = "22222222-2222-4222-8222-222222222222";
    private static final String THIRD = "33333333-3333-4333-8333-333333333333";

    @TempDir
    Path exchangeDir;

    /** The application refuses the answers of the first key (as it would an unknown one). */
    private final RecordingOutcomes outcomes = new RecordingOutcomes() {
        @Override
        public void completed(String key, String reference, Map<String, String> outputs, AgencyDocument document) {
            if (refuseFirst && FIRST.equals(key)) {
                throw new IllegalStateException("No case task " + key);
            }
            if (FIRST.equals(key) && concurrentChanges.getAndDecrement() > 0) {
                // As the EJB container reports a commit that lost to another transaction's change.
                throw new EJBTransactionRolledbackException(
                        "Transaction rolled back",
                        rolledBackBy(new OptimisticLockException("Row was updated by another transaction")));
            }
            super.completed(key, reference, outputs, document);
        }
    };

    private volatile boolean refuseFirst;

    /** How many times the first key's task is changed by another transaction while its answer is recorded. */
    private final AtomicInteger concurrentChanges = new AtomicInteger();

    @Override
    public void configureTest(TestExecutionConfiguration test) {
        super.configureTest(test);
        test.withUseAdviceWith(true);
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {new IssResultsRoute(new IssResultsReporter(outcomes))};
    }

    @BeforeEach
    void shareTheExchangeDirectory() throws IOException {
        Files.createDirectories(outbox());
        Properties properties = new Properties();
        properties.setProperty("agency.exchange-dir", exchangeDir.toString());
        properties.setProperty("agency.iss.poll-delay-ms", "20");
        context().getPropertiesComponent().setOverrideProperties(properties);
        context().start();
    }

    private Path outbox() {
        return exchangeDir.resolve("iss/outbox");
    }

    /** Writes like the agency: under a dot name first, renamed when complete. */
    private void agencyWrites(String name, String content) throws IOException {
        Path temporary = Files.writeString(outbox().resolve("." + name), content, StandardCharsets.UTF_8);
        Files.move(temporary, outbox().resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** A document as the agency writes it: before the results file that names it, under a dot name first. */
    private void agencyWritesDocument(String name, String sample) throws IOException {
        byte[] content;
        try (InputStream in = IssResultsRouteTest.class.getResourceAsStream("/agency/iss/" + sample)) {
            content = in.readAllBytes();
        }
        Path temporary = Files.write(outbox().resolve("." + name), content);
        Files.move(temporary, outbox().resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private NotifyBuilder filesTaken(int count) {
        return new NotifyBuilder(context())
                .fromRoute(IssResultsRoute.ROUTE_ID)
                .whenDone(count)
                .create();
    }

    private static RollbackException rolledBackBy(Exception cause) {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.initCause(cause);
        return rollback;
    }

    private static String sample(String name) {
        return ScriptedAgency.sample("iss", name);
    }

    @Test
    void eachKeysRows_areReportedAsOneAnswer_andTheFileMovesToDone() throws IOException {
        NotifyBuilder taken = filesTaken(1);

        agencyWrites("results-20261127101530123-a.csv", sample("results-mixed.csv"));

        assertThat(taken.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(outcomes.reported)
                .containsExactly(
                        new Outcome(FIRST, "completed", "ISS-2026-000101 {child.niss=12345678901}"),
                        new Outcome(
                                SECOND,
                                "rejected",
                                "INVALID_NIF: The NIF 123456780 fails its check digit, \"as typed\""),
                        new Outcome(
                                THIRD,
                                "completed",
                                "ISS-2026-000102 {childBenefit.decision=Aprovado, escalão 2,"
                                        + " childBenefit.monthlyAmount=50,00 €}"));
        assertThat(outbox().resolve(".done/results-20261127101530123-a.csv")).exists();
        assertThat(outbox().resolve("results-20261127101530123-a.csv")).doesNotExist();
    }

    @Test
    void aDocumentBesideTheResults_isReadChecked_reportedWithItsCompletion_andMovedWithTheFile() throws IOException {
        NotifyBuilder taken = filesTaken(1);

        agencyWritesDocument("ISS-2026-000101.pdf", "ISS-2026-000101.pdf");
        agencyWrites("results-20261127101530123-a.csv", sample("results-with-document.csv"));

        assertThat(taken.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(outcomes.reported).hasSize(3);
        assertThat(outcomes.reported.get(0).detail()).startsWith("ISS-2026-000101 {child.niss=12345678901} ");
        assertThat(outcomes.reported.get(1))
                .isEqualTo(new Outcome(SECOND, "rejected", "INVALID_NIF: The NIF fails its check digit"));
        assertThat(outcomes.reported.get(2))
                .as("a row without a document, in the same file")
                .isEqualTo(new Outcome(THIRD, "completed", "ISS-2026-000102 {address.ssConfirmation=ISS-2026-000102}"));
        assertThat(outcomes.documents).singleElement().satisfies(document -> {
            assertThat(document.usable()).as(document.toString()).isTrue();
            assertThat(document.fileName()).isEqualTo("ISS-2026-000101.pdf");
            assertThat(document.verificationCode()).isEqualTo("ISS-4M7Q-KX2P-9RTB");
            assertThat(document.sha256()).isEqualTo("9a42a47bd35f0b80d16e76b10c0f8029c84634ea343d02318990037c31144193");
            assertThat(document.content()).hasSize(1619).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        });
        assertThat(outbox().resolve(".done/results-20261127101530123-a.csv")).exists();
        assertThat(outbox().resolve(".done/ISS-2026-000101.pdf")).exists();
        assertThat(outbox().resolve("ISS-2026-000101.pdf")).doesNotExist();
    }

    /**
     * The agency did the work; its results file stands. A document that cannot be accepted completes the
     * step without proof, with the problem kept for the clerk, and the file is done, not kept aside.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "results-document-wrong-digest.csv  | ISS-2026-000101.pdf    | the document's SHA-256 digest does not"
                        + " match its content",
                "results-document-not-a-pdf.csv     | document-not-a-pdf.pdf | the document is not a PDF",
                "results-document-missing.csv       | ISS-2026-000101.pdf    | the document file ISS-2026-000199.pdf is"
                        + " missing",
                "results-document-hostile-name.csv  | ISS-2026-000101.pdf    | the document's file name is not the"
                        + " plain name of a PDF file",
                "results-document-too-big.csv       | ISS-2026-000101.pdf    | the document declares 3145728 bytes,"
                        + " more than the limit of 2097152",
                "results-document-size-differs.csv  | ISS-2026-000101.pdf    | the document file has 1619 bytes, not"
                        + " the 1519 it declares",
                "results-document-rows-differ.csv   | ISS-2026-000101.pdf    | the key's rows name different documents",
                "results-document-without-code.csv  | ISS-2026-000101.pdf    | the document has no valid verification"
                        + " code"
            })
    void aDocumentThatCannotBeAccepted_completesTheStepWithoutProof_withTheProblem(
            String results, String document, String problem) throws IOException {
        NotifyBuilder taken = filesTaken(1);

        agencyWritesDocument(document, document);
        agencyWrites("results-20261127101530123-a.csv", sample(results));

        assertThat(taken.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(outcomes.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.key()).isEqualTo(FIRST);
            assertThat(outcome.kind()).isEqualTo("completed");
            assertThat(outcome.detail()).startsWith("ISS-2026-000101 {");
        });
        assertThat(outcomes.documents).singleElement().satisfies(refused -> {
            assertThat(refused.usable()).isFalse();
            assertThat(refused.problem()).isEqualTo(problem);
            assertThat(refused.content()).isNull();
        });
        assertThat(outbox().resolve(".done/results-20261127101530123-a.csv")).exists();
    }

    @Test
    void aRowNamingAnotherResultsFile_neitherReadsNorMovesIt() throws IOException {
        NotifyBuilder taken = filesTaken(2);

        agencyWrites("results-20261127101530123-a.csv", sample("results-document-names-a-results-file.csv"));
        assertThat(filesTaken(1).matches(10, TimeUnit.SECONDS)).isTrue();
        agencyWrites("results-20261127101531000-b.csv", sample("results-mixed.csv"));

        assertThat(taken.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(outcomes.documents).first().satisfies(refused -> assertThat(refused.problem())
                .isEqualTo("the document's file name is not the plain name of a PDF file"));
        assertThat(outcomes.reported).hasSize(4);
        assertThat(outbox().resolve(".done/results-20261127101531000-b.csv")).exists();
    }

    @Test
    void badRows_spoilOnlyTheirKeys_theFileIsKeptAside_andTheConsumerGoesOn() throws IOException {
        NotifyBuilder taken = filesTaken(2);

        agencyWrites("results-20261127101530123-bad.csv", sample("results-malformed.csv"));
        agencyWrites("results-20261127101531000-good.csv", sample("results-mixed.csv"));

        assertThat(taken.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(outcomes.reported)
                .contains(
                        new Outcome(FIRST, "completed", "ISS-2026-000201 {child.niss=12345678903}"),
                        new Outcome(SECOND, "rejected", "INVALID_NIF: The NIF fails its check digit"))
                .extracting(Outcome::key)
                .doesNotContain(
                        "44444444-4444-4444-8444-444444444444",
                        "55555555-5555-4555-8555-555555555555",
                        "66666666-6666-4666-8666-666666666666",
                        "77777777-7777-4777-8777-777777777777")
                .contains(THIRD);
        assertThat(outbox().resolve(".failed/results-20261127101530123-bad.csv"))
                .exists();
        assertThat(outbox().resolve(".done/results-20261127101531000-good.csv")).exists();
    }

    @Test
    void aFileThatBreaksOff_answersTheKeysBeforeTheBreak_butNotTheOneItWasReading() throws IOException {
        NotifyBuilder taken = filesTaken(1);

        agencyWrites("results-20261127101530123-broken.csv", sample("results-broken-off.csv"));

        assertThat(taken.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(outcomes.reported)
                .containsExactly(new Outcome(FIRST, "completed", "ISS-2026-000301 {child.niss=12345678907}"));
        assertThat(outbox().resolve(".failed/results-20261127101530123-broken.csv"))
                .exists();
    }

    @Test
    void aFileWithoutTheResultColumns_answersNothing_andIsKeptAside() throws IOException {
        NotifyBuilder taken = filesTaken(1);

        agencyWrites("results-20261127101530123-header.csv", sample("results-wrong-header.csv"));

        assertThat(taken.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(outcomes.reported).isEmpty();
        assertThat(outbox().resolve(".failed/results-20261127101530123-header.csv"))
                .exists();
    }

    @Test
    void anAnswerWhoseTaskChangedMeanwhile_isRecordedAgain_andTheFileIsDone() throws IOException {
        concurrentChanges.set(IssResultsReporter.ATTEMPTS - 1);
        NotifyBuilder taken = filesTaken(1);

        agencyWrites("results-20261127101530123-a.csv", sample("results-mixed.csv"));

        assertThat(taken.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(outcomes.reported).extracting(Outcome::key).containsExactly(FIRST, SECOND, THIRD);
        assertThat(concurrentChanges.get())
                .as("every concurrent change was met")
                .isNotPositive();
        assertThat(outbox().resolve(".done/results-20261127101530123-a.csv")).exists();
    }

    @Test
    void anAnswerWhoseTaskKeepsChanging_isGivenUp_andTheFileKeptAside() throws IOException {
        concurrentChanges.set(IssResultsReporter.ATTEMPTS);
        NotifyBuilder taken = filesTaken(1);

        agencyWrites("results-20261127101530123-a.csv", sample("results-mixed.csv"));

        assertThat(taken.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(outcomes.reported).extracting(Outcome::key).containsExactly(SECOND, THIRD);
        assertThat(outbox().resolve(".failed/results-20261127101530123-a.csv")).exists();
    }

    @Test
    void anAnswerTheApplicationRefuses_doesNotHoldBackTheOthers() throws IOException {
        refuseFirst = true;
        NotifyBuilder taken = filesTaken(1);

        agencyWrites("results-20261127101530123-a.csv", sample("results-mixed.csv"));

        assertThat(taken.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(outcomes.reported).extracting(Outcome::key).containsExactly(SECOND, THIRD);
        assertThat(outbox().resolve(".failed/results-20261127101530123-a.csv")).exists();
    }

    @Test
    void dotFilesAndFilesOfAnotherName_areLeftAlone_andAFileNameIsTakenOnce() throws IOException {
        Files.writeString(outbox().resolve(".results-20261127101530123-partial.csv"), sample("results-mixed.csv"));
        Files.writeString(outbox().resolve("notes.txt"), "not a results file");
        NotifyBuilder first = filesTaken(1);
        agencyWrites("results-20261127101530123-a.csv", sample("results-mixed.csv"));
        assertThat(first.matches(10, TimeUnit.SECONDS)).isTrue();
        agencyWrites("results-20261127101530123-a.csv", sample("results-mixed.csv"));
        agencyWrites("results-20261127101531000-b.csv", sample("results-mixed.csv"));

        // The consumer may poll the repeated name before or after the new one: wait for the new one's answers.
        await().atMost(Duration.ofSeconds(10)).until(() -> outcomes.reported.size() >= 6);
        assertThat(outbox().resolve("results-20261127101530123-a.csv")).exists();
        assertThat(outbox().resolve(".results-20261127101530123-partial.csv")).exists();
        assertThat(outbox().resolve("notes.txt")).exists();
        assertThat(outcomes.reported).hasSize(6);
    }
}
