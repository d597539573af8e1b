package org.citizenshop.integration.iss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.citizenshop.application.TaskDispatch;
import org.citizenshop.integration.camel.AgencyErrorHandling;
import org.citizenshop.integration.delivery.DeliveryProperties;
import org.citizenshop.integration.delivery.OutcomeRecorder;
import org.citizenshop.integration.testing.RecordingOutcomes;
import org.citizenshop.integration.testing.RecordingOutcomes.Outcome;
import org.citizenshop.integration.testing.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The social security's request files, written into a temporary exchange directory. */
class IssTaskRouteTest extends CamelTestSupport {

    private static final String KEY = Tasks.KEY;

    @TempDir
    Path exchangeDir;

    private final RecordingOutcomes outcomes = new RecordingOutcomes();

    @Override
    public void configureTest(TestExecutionConfiguration test) {
        super.configureTest(test);
        test.withUseAdviceWith(true);
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        OutcomeRecorder recorder = new OutcomeRecorder(outcomes, outcomes, outcomes);
        return new RoutesBuilder[] {
            new AgencyErrorHandling(recorder), new IssTaskRoute(new IssTaskTranslator(), recorder)
        };
    }

    @BeforeEach
    void shareTheExchangeDirectory() {
        Properties properties = Tasks.retrying(1);
        properties.setProperty("agency.exchange-dir", exchangeDir.toString());
        context().getPropertiesComponent().setOverrideProperties(properties);
        context().start();
    }

    private void deliver(TaskDispatch task) {
        template().send("direct:" + IssTaskRoute.ROUTE_ID, exchange -> {
            exchange.setProperty(DeliveryProperties.TASK_KEY, task.key());
            exchange.getMessage().setBody(task);
        });
    }

    private List<Path> inbox() throws IOException {
        try (Stream<Path> files = Files.list(exchangeDir.resolve("iss/inbox"))) {
            return files.sorted().toList();
        }
    }

    private static List<CSVRecord> rows(Path file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (CSVParser csv = CSVParser.parse(file, StandardCharsets.UTF_8, format)) {
            assertThat(csv.getHeaderNames())
                    .containsExactly(
                            "request_key", "service", "shop", "case_reference", "applicant_civil_id", "field", "value");
            return csv.getRecords();
        }
    }

    @Test
    void aTask_becomesARequestFileInTheInbox_oneRowAField_andIsRecordedAsSent() throws IOException {
        deliver(Tasks.task(
                "iss-batch",
                "ISS-NISS",
                "child.nif",
                "212345672",
                "child.civilId",
                "30000001",
                "note",
                "Rua \"A\", 1\nLisboa – João"));

        assertThat(outcomes.reported).containsExactly(new Outcome(KEY, "sent", ""));
        assertThat(inbox()).singleElement().satisfies(file -> {
            assertThat(file.getFileName().toString()).matches("requests-\\d{17}-[0-9a-f-]{36}\\.csv");
            List<CSVRecord> rows = rows(file);
            assertThat(rows).hasSize(3);
            assertThat(rows)
                    .extracting(row -> row.get("field") + "=" + row.get("value"))
                    .containsExactly(
                            "child.civilId=30000001", "child.nif=212345672", "note=Rua \"A\", 1\nLisboa – João");
            assertThat(rows).allSatisfy(row -> {
                assertThat(row.get("request_key")).isEqualTo(KEY);
                assertThat(row.get("service")).isEqualTo("ISS-NISS");
                assertThat(row.get("shop")).isEqualTo("LX-LARANJEIRAS");
                assertThat(row.get("case_reference")).isEqualTo("CS-2026-000001");
                assertThat(row.get("applicant_civil_id")).isEqualTo("12345678");
            });
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .contains("\"Rua \"\"A\"\", 1\nLisboa – João\"")
                    .contains("\r\n");
        });
    }

    @Test
    void aTaskWithoutFieldsOrApplicant_isOneRowWithAnEmptyField() throws IOException {
        deliver(Tasks.taskOf(KEY, "iss-batch", "ISS-EMPLOYER", null));

        assertThat(inbox())
                .singleElement()
                .satisfies(file -> assertThat(rows(file)).singleElement().satisfies(row -> {
                    assertThat(row.get("request_key")).isEqualTo(KEY);
                    assertThat(row.get("applicant_civil_id")).isEmpty();
                    assertThat(row.get("field")).isEmpty();
                    assertThat(row.get("value")).isEmpty();
                }));
    }

    @Test
    void everyTask_hasAFileOfItsOwn_andNoTemporaryFileIsLeft() throws IOException {
        deliver(Tasks.taskOf(KEY, "iss-batch", "ISS-ADDRESS", "12345678", "address", "Rua A 1, 1100-053 Lisboa"));
        deliver(Tasks.taskOf(
                "9b2e6c1d-7f3a-4e58-b0c4-5d6e7f8a9b0c",
                "iss-batch",
                "ISS-ADDRESS",
                "87654321",
                "address",
                "Rua B 2, 4100-112 Porto"));

        assertThat(inbox())
                .hasSize(2)
                .noneMatch(file -> file.getFileName().toString().startsWith("."));
        assertThat(outcomes.reported).extracting(Outcome::kind).containsExactly("sent", "sent");
    }
}
