package org.citizenshop.integration.iss;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.citizenshop.application.AgencyDocument;
import org.citizenshop.integration.delivery.TaskAnswer;
import org.citizenshop.integration.delivery.TaskOutcome;

/**
 * The rows of one request key in a results file, gathered until the file is read: a completion (one
 * row an output) or a rejection, unless a row did not fit, which spoils the whole key. A completion's
 * rows may each name the document issued with it ({@link IssCsv#DOCUMENT_COLUMNS}); rows that name
 * different documents do not spoil the key, only its document.
 */
final class KeyRows {

    private static final int MAX_KEY = 36;
    private static final int MAX_REFERENCE = 60;
    private static final int MAX_CODE = 40;

    private String status;
    private String reference;
    private String code;
    private String reason;
    private final Map<String, String> outputs = new LinkedHashMap<>();
    /** The document columns of the first completed row, and whether another row said otherwise. */
    private List<String> document;

    private boolean documentsDiffer;
    private String spoiled;

    void add(CSVRecord row) {
        String where = "row " + row.getRecordNumber();
        String rowStatus = IssResultsReader.value(row, "status");
        if (status != null && !status.equals(rowStatus)) {
            spoil(where + " says " + rowStatus + " where an earlier one says " + status);
            return;
        }
        status = rowStatus;
        switch (rowStatus) {
            case "COMPLETED" -> completed(row, where);
            case "REJECTED" -> rejected(row, where);
            default -> spoil(where + " has the unknown status '" + rowStatus + "'");
        }
    }

    private void completed(CSVRecord row, String where) {
        String rowReference = IssResultsReader.value(row, "agency_reference");
        if (rowReference.isEmpty() || (reference != null && !reference.equals(rowReference))) {
            spoil(where + " has no agency reference, or another than the key's other rows");
            return;
        }
        reference = rowReference;
        List<String> rowDocument = IssCsv.DOCUMENT_COLUMNS.stream()
                .map(column -> IssResultsReader.value(row, column))
                .toList();
        if (document == null) {
            document = rowDocument;
        } else if (!document.equals(rowDocument)) {
            documentsDiffer = true;
        }
        String output = IssResultsReader.value(row, "output_key");
        if (output.isEmpty()) {
            return;
        }
        String value = IssResultsReader.value(row, "output_value");
        String earlier = outputs.putIfAbsent(output, value);
        if (earlier != null && !earlier.equals(value)) {
            spoil(where + " gives " + output + " another value than an earlier row");
        }
    }

    private void rejected(CSVRecord row, String where) {
        String rowCode = IssResultsReader.value(row, "rejection_code");
        String rowReason = IssResultsReader.value(row, "rejection_reason");
        if (rowCode.isEmpty()) {
            spoil(where + " is a rejection without a code");
        } else if (code != null && !(code.equals(rowCode) && Objects.equals(reason, rowReason))) {
            spoil(where + " is a second, different rejection");
        } else {
            code = rowCode;
            reason = rowReason;
        }
    }

    void spoil(String why) {
        if (spoiled == null) {
            spoiled = why;
        }
    }

    /**
     * The key's answer, or nothing (and the problem noted) when its rows cannot be trusted. A document
     * named is read from {@code documents}; one that cannot be accepted comes with the completion as
     * its problem.
     */
    Optional<TaskAnswer> answer(String key, List<String> problems, IssDocumentFiles documents) {
        String problem = spoiled;
        if (problem == null && key.length() > MAX_KEY) {
            problem = "the key is longer than " + MAX_KEY + " characters";
        } else if (problem == null && reference != null && reference.length() > MAX_REFERENCE) {
            problem = "the agency reference is longer than " + MAX_REFERENCE + " characters";
        } else if (problem == null && code != null && code.length() > MAX_CODE) {
            problem = "the rejection code is longer than " + MAX_CODE + " characters";
        } else if (problem == null && status == null) {
            problem = "no row of it could be read";
        }
        if (problem != null) {
            problems.add("key " + key + " is not answered: " + problem);
            return Optional.empty();
        }
        TaskOutcome outcome = "COMPLETED".equals(status)
                ? new TaskOutcome.Completed(reference, outputs, document(documents))
                : new TaskOutcome.Rejected(code, reason.isEmpty() ? code : reason);
        return Optional.of(new TaskAnswer(key, outcome));
    }

    /** The document the completion names, null when its rows name none. */
    private AgencyDocument document(IssDocumentFiles documents) {
        if (documentsDiffer) {
            return AgencyDocument.refused("the key's rows name different documents");
        }
        if (document == null || document.stream().allMatch(String::isEmpty)) {
            return null;
        }
        return documents.read(document.get(0), document.get(1), document.get(2), document.get(3));
    }
}
