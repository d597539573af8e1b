package org.citizenshop.agencysim.iss;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.citizenshop.agencysim.common.BehaviourView;
import org.citizenshop.agencysim.common.Decision;
import org.citizenshop.agencysim.common.IssuedDocument;
import org.citizenshop.agencysim.common.Keyed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One batch run: takes every complete request file of the inbox, decides each request once per key, writes the
 * documents issued (one PDF file each) and then one result file naming them to the outbox, and moves the files read to
 * {@code inbox/processed}. The documents go first, so that whoever sees the result file finds them whole. Switched down, the run does nothing and the
 * files wait. A simulated failure leaves a request pending in memory; the next run tries it again. Runs never overlap.
 */
final class IssBatch {

    private static final Logger LOG = LoggerFactory.getLogger(IssBatch.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    private final Clock clock;
    private final IssService service;
    private final ExchangeFolder folder;
    private final BehaviourView behaviour;
    /** Requests read but not yet answered, by key, in the order they were read. Guarded by this. */
    private final Map<String, RequestFile.Request> pending = new LinkedHashMap<>();

    IssBatch(Clock clock, IssService service, ExchangeFolder folder, BehaviourView behaviour) {
        this.clock = clock;
        this.service = service;
        this.folder = folder;
        this.behaviour = behaviour;
    }

    synchronized BatchReport run() throws IOException, InterruptedException {
        if (behaviour.down()) {
            return BatchReport.skipped(pending.size());
        }
        if (behaviour.latencyMs() > 0) {
            Thread.sleep(behaviour.latencyMs());
        }
        folder.create();
        List<Path> files = folder.requestFiles();
        List<String> errorFiles = new ArrayList<>();
        int badRows = 0;
        for (Path file : files) {
            RequestFile.Contents contents = read(file);
            contents.requests().forEach(request -> pending.put(request.requestKey(), request));
            if (!contents.badRows().isEmpty()) {
                String errorFile = baseName(file) + ".errors";
                folder.writeProcessed(errorFile, ResultFile.errors(contents.badRows()));
                errorFiles.add(errorFile);
                badRows += contents.badRows().size();
            }
        }
        List<List<String>> rows = new ArrayList<>();
        Map<String, IssuedDocument> documents = new LinkedHashMap<>();
        int answered = 0;
        for (RequestFile.Request request : List.copyOf(pending.values())) {
            if (behaviour.failsNow()) {
                continue;
            }
            rows.addAll(answer(request, documents));
            pending.remove(request.requestKey());
            answered++;
        }
        for (IssuedDocument document : documents.values()) {
            folder.writeOutbox(document.fileName(), document.content());
        }
        String resultFile = null;
        if (!rows.isEmpty()) {
            resultFile = "results-" + STAMP.format(clock.instant().atZone(clock.getZone())) + "-" + UUID.randomUUID()
                    + ".csv";
            folder.writeOutbox(resultFile, ResultFile.csv(ResultFile.COLUMNS, rows));
        }
        // Moved only once answered: a crash before this point reads the files again, and the keys replay.
        for (Path file : files) {
            folder.moveToProcessed(file);
        }
        BatchReport report =
                new BatchReport(true, files.size(), answered, pending.size(), badRows, resultFile, errorFiles);
        if (report.filesRead() > 0 || report.answered() > 0) {
            LOG.info("ISS batch run: {}", report);
        }
        return report;
    }

    /** Forgets the requests still pending. */
    synchronized void reset() {
        pending.clear();
    }

    /** The rows answering a request; the document its rows name, if any, goes into {@code documents}. */
    private List<List<String>> answer(RequestFile.Request request, Map<String, IssuedDocument> documents) {
        Keyed<Decision> submission = service.submit(request.requestKey(), request.request());
        if (submission.kind() == Keyed.Kind.KEY_REUSED) {
            return List.of(ResultFile.rejection(
                    request.requestKey(), "KEY_REUSED", "This request key was already used for a different request."));
        }
        ResultFile.document(submission.result()).ifPresent(document -> documents.put(document.fileName(), document));
        return ResultFile.rows(submission.result());
    }

    private static RequestFile.Contents read(Path file) throws IOException {
        try {
            return RequestFile.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (MalformedInputException notUtf8) {
            return new RequestFile.Contents(
                    List.of(), List.of(new RequestFile.BadRow(1, null, "The file is not UTF-8 text.")));
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".csv") ? name.substring(0, name.length() - ".csv".length()) : name;
    }
}
