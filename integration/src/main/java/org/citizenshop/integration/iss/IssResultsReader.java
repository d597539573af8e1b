package org.citizenshop.integration.iss;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.citizenshop.integration.delivery.TaskAnswer;

/**
 * Reads a social security results file into answers, one per request key, and the problems found in
 * it. A key is answered only when all its rows are read and agree; a row that cannot be read spoils
 * its key (not the others), and a file that breaks off mid-way spoils the key whose rows it was
 * reading, which may go on past the break. A completion's rows may name the document issued with it,
 * a PDF file beside the results file in {@code outbox} ({@link IssDocumentFiles}).
 */
final class IssResultsReader {

    private IssResultsReader() {}

    static IssResults read(String file, String content, Path outbox) {
        List<String> problems = new ArrayList<>();
        Map<String, KeyRows> keys = new LinkedHashMap<>();
        try (CSVParser csv = CSVParser.parse(content == null ? "" : content, IssCsv.RESULTS)) {
            List<String> missing = missingColumns(csv);
            if (!missing.isEmpty()) {
                problems.add("the header lacks the columns " + missing + "; nothing in the file is read");
                return new IssResults(file, List.of(), problems);
            }
            readRows(csv.iterator(), keys, problems);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add("the header cannot be read (" + e.getMessage() + "); nothing in the file is read");
            return new IssResults(file, List.of(), problems);
        }
        List<TaskAnswer> answers = new ArrayList<>();
        IssDocumentFiles documents = new IssDocumentFiles(outbox);
        keys.forEach((key, rows) -> rows.answer(key, problems, documents).ifPresent(answers::add));
        return new IssResults(file, answers, problems, documents.files());
    }

    private static List<String> missingColumns(CSVParser csv) {
        List<String> missing = new ArrayList<>();
        for (String column : IssCsv.RESULT_COLUMNS) {
            if (!csv.getHeaderMap().containsKey(column)) {
                missing.add(column);
            }
        }
        return missing;
    }

    private static void readRows(Iterator<CSVRecord> rows, Map<String, KeyRows> keys, List<String> problems) {
        String lastKey = null;
        while (true) {
            CSVRecord row;
            try {
                if (!rows.hasNext()) {
                    return;
                }
                row = rows.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                problems.add("the file breaks off (" + e.getMessage() + "); the rest is not read");
                if (lastKey != null) {
                    keys.get(lastKey).spoil("its rows may go on past the break");
                }
                return;
            }
            String key = value(row, "request_key");
            if (key.isEmpty()) {
                problems.add("row " + row.getRecordNumber() + " has no request key");
                continue;
            }
            lastKey = key;
            KeyRows answer = keys.computeIfAbsent(key, k -> new KeyRows());
            if (!row.isConsistent()) {
                answer.spoil("row " + row.getRecordNumber() + " has " + row.size() + " columns, not "
                        + IssCsv.RESULT_COLUMNS.length);
            } else {
                answer.add(row);
            }
        }
    }

    /** A column's value, empty when the row is too short to have it. */
    static String value(CSVRecord row, String column) {
        Integer index = row.getParser().getHeaderMap().get(column);
        return index == null || index >= row.size() ? "" : row.get(index).strip();
    }
}
