package org.citizenshop.agencysim.iss;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.citizenshop.agencysim.common.Decision;
import org.citizenshop.agencysim.common.IssuedDocument;
import org.citizenshop.agencysim.common.Outcome;

/**
 * Writes result rows ({@code COMPLETED}: one per output; {@code REJECTED}: one) and error reports, RFC 4180 with a
 * header line. Writing is a pure function of the decisions, so a key answered again gets the same rows. A completion
 * that issued a document names it on each of its rows ({@code document_*}: the PDF's file name in the outbox, its size,
 * SHA-256 and verification code); the PDF itself is a file of its own, written before the results file. The columns are
 * empty on every other row.
 */
final class ResultFile {

    static final List<String> COLUMNS = List.of(
            "request_key",
            "status",
            "agency_reference",
            "output_key",
            "output_value",
            "rejection_code",
            "rejection_reason",
            "document_file",
            "document_size",
            "document_sha256",
            "document_verification_code");

    static final List<String> ERROR_COLUMNS = List.of("row", "request_key", "reason");

    private ResultFile() {}

    static List<List<String>> rows(Decision decision) {
        List<List<String>> rows = new ArrayList<>();
        if (decision.outcome() instanceof Outcome.Completed completed) {
            IssuedDocument document = completed.document();
            for (Map.Entry<String, String> output : completed.outputs().entrySet()) {
                rows.add(List.of(
                        decision.requestKey(),
                        Decision.COMPLETED,
                        completed.agencyReference(),
                        output.getKey(),
                        output.getValue(),
                        "",
                        "",
                        document == null ? "" : document.fileName(),
                        document == null ? "" : Integer.toString(document.size()),
                        document == null ? "" : document.sha256(),
                        document == null ? "" : document.verificationCode()));
            }
        } else {
            Outcome.Refused refused = (Outcome.Refused) decision.outcome();
            rows.add(rejection(decision.requestKey(), refused.code(), refused.reason()));
        }
        return rows;
    }

    static List<String> rejection(String requestKey, String code, String reason) {
        return List.of(requestKey, Decision.REJECTED, "", "", "", code, reason, "", "", "", "");
    }

    /** The document a decision issued, to be written as its own file before the rows that name it. */
    static Optional<IssuedDocument> document(Decision decision) {
        return decision.outcome() instanceof Outcome.Completed completed
                ? Optional.ofNullable(completed.document())
                : Optional.empty();
    }

    static String csv(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get())) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write CSV to memory", e);
        }
        return out.toString();
    }

    static String errors(List<RequestFile.BadRow> badRows) {
        List<List<String>> rows = new ArrayList<>();
        for (RequestFile.BadRow bad : badRows) {
            rows.add(List.of(Long.toString(bad.row()), bad.requestKey() == null ? "" : bad.requestKey(), bad.reason()));
        }
        return csv(ERROR_COLUMNS, rows);
    }
}
