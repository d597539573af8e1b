package org.citizenshop.agencysim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citizenshop.agencysim.Samples.iss;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IssBatchHttpTest {

    private RunningSimulator simulator = new RunningSimulator();

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void batchRun_answersEveryRequestInOneResultFileAndMovesTheFile() throws Exception {
        Path request = writeInbox(iss("requests.csv"));

        JsonNode report = simulator.runIssBatch();

        assertThat(report.get("ran").asBoolean()).isTrue();
        assertThat(report.get("filesRead").asInt()).isEqualTo(1);
        assertThat(report.get("answered").asInt()).isEqualTo(6);
        assertThat(report.get("pending").asInt()).isZero();
        assertThat(Files.exists(request)).isFalse();
        assertThat(simulator.issInbox().resolve("processed").resolve(request.getFileName()))
                .exists();
        List<CSVRecord> rows = onlyResultFile();
        Map<String, List<CSVRecord>> byKey =
                rows.stream().collect(Collectors.groupingBy(row -> row.get("request_key")));

        CSVRecord niss = byKey.get("key-1").get(0);
        assertThat(niss.get("status")).isEqualTo("COMPLETED");
        assertThat(niss.get("agency_reference")).isEqualTo("ISS-2026-000001");
        assertThat(niss.get("output_key")).isEqualTo("child.niss");
        assertThat(niss.get("output_value")).hasSize(11).startsWith("1");
        assertThat(CheckDigits.nissCheckHolds(niss.get("output_value"))).isTrue();
        assertThat(byKey.get("key-2").get(0).get("output_value")).isEqualTo("GRANTED: 124.00 EUR per month");
        assertThat(byKey.get("key-3").get(0).get("output_key")).isEqualTo("address.ssConfirmation");
        String employer = byKey.get("key-4").get(0).get("output_value");
        assertThat(employer).startsWith("2");
        assertThat(CheckDigits.nissCheckHolds(employer)).isTrue();
        CSVRecord rejected = byKey.get("key-5").get(0);
        assertThat(rejected.get("status")).isEqualTo("REJECTED");
        assertThat(rejected.get("agency_reference")).isEmpty();
        assertThat(rejected.get("rejection_code")).isEqualTo("INVALID_NIF");
        assertThat(rejected.get("rejection_reason")).contains("child.nif");
        assertThat(byKey.get("key-6").get(0).get("output_key")).isEqualTo("deathGrant.decision");
        assertThat(simulator.effectCount("iss")).isEqualTo(6);
    }

    @Test
    void resultFile_isRfc4180WithTheContractsHeader() throws Exception {
        writeInbox(iss("requests-one.csv"));
        simulator.runIssBatch();

        Path result = resultFiles().get(0);
        String text = Files.readString(result, StandardCharsets.UTF_8);

        assertThat(result.getFileName().toString()).matches("results-20261127101530000-[0-9a-f-]{36}\\.csv");
        assertThat(text)
                .startsWith(
                        "request_key,status,agency_reference,output_key,output_value,rejection_code,"
                                + "rejection_reason,document_file,document_size,document_sha256,document_verification_code\r\n");
        assertThat(hiddenFiles(simulator.issOutbox())).isEmpty();
    }

    @Test
    void documents_areWrittenBesideTheResults_andNamedOnEachRowOfTheirKey() throws Exception {
        writeInbox(iss("requests.csv"));
        simulator.runIssBatch();

        Map<String, List<CSVRecord>> byKey =
                onlyResultFile().stream().collect(Collectors.groupingBy(row -> row.get("request_key")));
        // The NISS proof, the child benefit's and the death grant's decision letters; nothing for the others.
        Map<String, String> issuedFor = Map.of(
                "key-1", "Comprovativo de atribuição de NISS",
                "key-2", "Decisão: abono de família",
                "key-6", "Decisão: subsídio por morte");
        for (Map.Entry<String, String> issued : issuedFor.entrySet()) {
            CSVRecord row = byKey.get(issued.getKey()).get(0);
            String reference = row.get("agency_reference");
            assertThat(row.get("document_file")).isEqualTo(reference + ".pdf");
            Path pdf = simulator.issOutbox().resolve(row.get("document_file"));
            byte[] bytes = Files.readAllBytes(pdf);
            assertThat(row.get("document_size")).isEqualTo(Integer.toString(bytes.length));
            assertThat(row.get("document_sha256")).isEqualTo(IssuedPdf.sha256(bytes));
            assertThat(row.get("document_verification_code")).matches("ISS(-[0-9A-Z]{4}){3}");
            assertThat(IssuedPdf.text(bytes))
                    .contains(issued.getValue(), reference, row.get("document_verification_code"), "12345678");
        }
        assertThat(IssuedPdf.text(Files.readAllBytes(
                        simulator.issOutbox().resolve(byKey.get("key-1").get(0).get("document_file")))))
                .contains(byKey.get("key-1").get(0).get("output_value"), "40000001");
        assertThat(IssuedPdf.text(Files.readAllBytes(
                        simulator.issOutbox().resolve(byKey.get("key-2").get(0).get("document_file")))))
                .contains("Granted", "124.00 EUR per month", "Cidadã Exemplo Um");
        assertThat(IssuedPdf.text(Files.readAllBytes(
                        simulator.issOutbox().resolve(byKey.get("key-6").get(0).get("document_file")))))
                .contains("Granted", "1611.39 EUR", "SPOUSE");
        for (String key : List.of("key-3", "key-4", "key-5")) {
            assertThat(byKey.get(key).get(0).get("document_file")).as(key).isEmpty();
            assertThat(byKey.get(key).get(0).get("document_sha256")).as(key).isEmpty();
        }
        try (Stream<Path> files = Files.list(simulator.issOutbox())) {
            assertThat(files.filter(file -> file.toString().endsWith(".pdf"))).hasSize(3);
        }
        assertThat(hiddenFiles(simulator.issOutbox())).isEmpty();
    }

    @Test
    void aKeyAnsweredAgain_namesTheSameDocument_withTheSameBytes() throws Exception {
        writeInbox(iss("requests-one.csv"));
        simulator.runIssBatch();
        CSVRecord first = onlyResultFile().get(0);
        Path pdf = simulator.issOutbox().resolve(first.get("document_file"));
        byte[] bytes = Files.readAllBytes(pdf);
        Files.delete(pdf);

        writeInbox(iss("requests-replay.csv"));
        simulator.runIssBatch();

        CSVRecord again = read(resultFiles().get(1)).get(0);
        assertThat(again.get("document_file")).isEqualTo(first.get("document_file"));
        assertThat(again.get("document_verification_code")).isEqualTo(first.get("document_verification_code"));
        assertThat(Files.readAllBytes(pdf)).isEqualTo(bytes);
    }

    @Test
    void keyAlreadyDecided_isAnsweredAgainWithTheSameRowsAndNoNewEffect() throws Exception {
        writeInbox(iss("requests-one.csv"));
        simulator.runIssBatch();
        List<List<String>> first = values(onlyResultFile());

        writeInbox(iss("requests-replay.csv"));
        simulator.runIssBatch();

        List<Path> results = resultFiles();
        assertThat(results).hasSize(2);
        assertThat(values(read(results.get(0)))).isEqualTo(values(read(results.get(1))));
        assertThat(values(read(results.get(1)))).isEqualTo(first);
        assertThat(simulator.effectCount("iss")).isEqualTo(1);
    }

    @Test
    void keyReusedForAnotherRequest_isRefusedWithoutNewEffect() throws Exception {
        writeInbox(iss("requests-one.csv"));
        simulator.runIssBatch();
        Files.delete(resultFiles().get(0));

        writeInbox(iss("requests-key-reused.csv"));
        simulator.runIssBatch();

        CSVRecord refused = onlyResultFile().get(0);
        assertThat(refused.get("status")).isEqualTo("REJECTED");
        assertThat(refused.get("rejection_code")).isEqualTo("KEY_REUSED");
        assertThat(simulator.effectCount("iss")).isEqualTo(1);
    }

    @Test
    void brokenRows_areReportedBesideTheFile_andTheReadableKeysAnswered() throws Exception {
        Path request = writeInbox(iss("requests-broken-rows.csv"));

        JsonNode report = simulator.runIssBatch();

        assertThat(report.get("answered").asInt()).isEqualTo(2);
        assertThat(report.get("badRows").asInt()).isEqualTo(3);
        assertThat(onlyResultFile().stream().map(row -> row.get("request_key")).distinct())
                .containsExactly("key-1", "key-3");
        String name = request.getFileName().toString();
        Path errors = simulator.issInbox().resolve("processed").resolve(name.replace(".csv", ".errors"));
        List<CSVRecord> bad = read(errors);
        assertThat(bad).extracting(row -> row.get("row")).containsExactly("4", "6", "8");
        assertThat(bad.get(0).get("request_key")).isEqualTo("key-2");
        assertThat(bad.get(0).get("reason")).contains("6 values");
        assertThat(bad.get(1).get("request_key")).isEmpty();
        assertThat(bad.get(2).get("reason")).contains("cannot be read");
        assertThat(simulator.effectCount("iss")).isEqualTo(2);
    }

    @Test
    void fileWithoutTheHeader_isReportedAndAnswersNothing() throws Exception {
        writeInbox(iss("requests-bad-header.csv"));

        JsonNode report = simulator.runIssBatch();

        assertThat(report.get("answered").asInt()).isZero();
        assertThat(report.get("errorFiles").get(0).asText()).endsWith(".errors");
        assertThat(resultFiles()).isEmpty();
    }

    @Test
    void requestWithoutFields_isOneRowWithAnEmptyField() throws Exception {
        writeInbox(iss("requests-no-fields.csv"));
        simulator.runIssBatch();

        CSVRecord rejected = onlyResultFile().get(0);
        assertThat(rejected.get("rejection_code")).isEqualTo("INVALID_REQUEST");
        assertThat(rejected.get("rejection_reason")).isEqualTo("address is required.");
    }

    @Test
    void down_skipsTheRunAndTheFilesWait() throws Exception {
        Path request = writeInbox(iss("requests-one.csv"));
        simulator.setBehaviour("iss", "{\"down\":true}");

        JsonNode skipped = simulator.runIssBatch();

        assertThat(skipped.get("ran").asBoolean()).isFalse();
        assertThat(request).exists();
        assertThat(resultFiles()).isEmpty();
        simulator.setBehaviour("iss", "{}");
        assertThat(simulator.runIssBatch().get("answered").asInt()).isEqualTo(1);
        assertThat(request).doesNotExist();
    }

    @Test
    void simulatedFailure_leavesTheRequestPendingForTheNextRun() throws Exception {
        writeInbox(iss("requests-one.csv"));
        simulator.setBehaviour("iss", "{\"failureRate\":1.0}");
        simulator.dice.willRoll(0.5);

        JsonNode failed = simulator.runIssBatch();
        simulator.setBehaviour("iss", "{}");
        JsonNode retried = simulator.runIssBatch();

        assertThat(failed.get("answered").asInt()).isZero();
        assertThat(failed.get("pending").asInt()).isEqualTo(1);
        assertThat(failed.get("filesRead").asInt()).isEqualTo(1);
        assertThat(retried.get("filesRead").asInt()).isZero();
        assertThat(retried.get("answered").asInt()).isEqualTo(1);
        assertThat(retried.get("pending").asInt()).isZero();
        assertThat(onlyResultFile()).hasSize(1);
        assertThat(simulator.effectCount("iss")).isEqualTo(1);
    }

    @Test
    void dotFilesAndOtherFiles_areNotRead() throws Exception {
        Files.writeString(simulator.issInbox().resolve(".requests-half-written.csv"), iss("requests-one.csv"));
        Files.writeString(simulator.issInbox().resolve("notes.txt"), "not a request file");

        JsonNode report = simulator.runIssBatch();

        assertThat(report.get("filesRead").asInt()).isZero();
        assertThat(simulator.issInbox().resolve(".requests-half-written.csv")).exists();
    }

    @Test
    void scheduledRun_takesTheInboxByItself_andStopsWithTheApp() throws Exception {
        simulator.close();
        simulator = new RunningSimulator(settings -> settings.withIssBatchMs(50));
        writeInbox(iss("requests-one.csv"));

        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> !resultFiles().isEmpty());

        assertThat(resultFiles()).hasSize(1);
        assertThat(batchThreads()).isNotEmpty();
        simulator.close();
        assertThat(batchThreads()).isEmpty();
        simulator = new RunningSimulator();
    }

    private static List<Thread> batchThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("iss-batch") && thread.isAlive())
                .toList();
    }

    /** Written as the shop does: under a dot name, then renamed. */
    private Path writeInbox(String content) throws IOException {
        String name = "requests-20261127101530000-" + UUID.randomUUID() + ".csv";
        Path temporary = simulator.issInbox().resolve("." + name);
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        return Files.move(temporary, simulator.issInbox().resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private List<Path> resultFiles() throws IOException {
        try (Stream<Path> files = Files.list(simulator.issOutbox())) {
            return files.filter(file -> file.getFileName().toString().startsWith("results-"))
                    .sorted()
                    .toList();
        }
    }

    private static List<Path> hiddenFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith("."))
                    .toList();
        }
    }

    private List<CSVRecord> onlyResultFile() throws IOException {
        List<Path> results = resultFiles();
        assertThat(results).hasSize(1);
        return read(results.get(0));
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (CSVParser parser = CSVParser.parse(
                new StringReader(Files.readString(file, StandardCharsets.UTF_8)),
                CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            return parser.getRecords();
        }
    }

    private static List<List<String>> values(List<CSVRecord> records) {
        return records.stream().map(CSVRecord::toList).toList();
    }
}
