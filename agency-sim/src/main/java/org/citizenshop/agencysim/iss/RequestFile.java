package org.citizenshop.agencysim.iss;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.citizenshop.agencysim.common.IdempotencyKeys;
import org.citizenshop.agencysim.common.ServiceRequest;

/**
 * Reads one request file: RFC 4180, a header line, one row per field (a request without fields has one row with an
 * empty {@code field}). Rows are grouped by request key. A row that cannot be read is reported, and so is the key it
 * belongs to when that is known: such a key gets no answer, the others do.
 */
final class RequestFile {

    static final List<String> COLUMNS =
            List.of("request_key", "service", "shop", "case_reference", "applicant_civil_id", "field", "value");

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    /** A row that could not be read: its number (1 is the header) and key when known, and why. */
    record BadRow(long row, String requestKey, String reason) {}

    /** A request read whole from the rows of one key. */
    record Request(String requestKey, ServiceRequest request) {}

    record Contents(List<Request> requests, List<BadRow> badRows) {}

    private RequestFile() {}

    static Contents read(String text) {
        List<BadRow> badRows = new ArrayList<>();
        Map<String, Draft> drafts = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(stripBom(text)), FORMAT)) {
            List<String> missing = new ArrayList<>(COLUMNS);
            missing.removeAll(parser.getHeaderNames());
            if (!missing.isEmpty()) {
                badRows.add(new BadRow(1, null, "The header lacks the columns " + String.join(", ", missing) + "."));
                return new Contents(List.of(), badRows);
            }
            Iterator<CSVRecord> records = parser.iterator();
            long line = 1;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException unreadable) {
                    badRows.add(new BadRow(
                            line + 1, null, "The file cannot be read from here on: " + unreadable.getMessage()));
                    break;
                }
                line = record.getRecordNumber() + 1;
                readRow(record, line, drafts, badRows);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException unreadable) {
            badRows.add(new BadRow(1, null, "The file cannot be read: " + unreadable.getMessage()));
        }
        List<Request> requests = new ArrayList<>();
        for (Map.Entry<String, Draft> draft : drafts.entrySet()) {
            if (!draft.getValue().broken) {
                requests.add(new Request(draft.getKey(), draft.getValue().request()));
            }
        }
        return new Contents(requests, badRows);
    }

    private static void readRow(CSVRecord record, long line, Map<String, Draft> drafts, List<BadRow> badRows) {
        if (!record.isConsistent()) {
            String key = record.size() > 0 ? record.get(0) : null;
            badRows.add(new BadRow(
                    line,
                    IdempotencyKeys.isValid(key) ? key : null,
                    "The row has " + record.size() + " values; the header has " + COLUMNS.size() + "."));
            breakKey(drafts, key);
            return;
        }
        String key = record.get("request_key").strip();
        if (!IdempotencyKeys.isValid(key)) {
            badRows.add(new BadRow(line, null, "request_key must be 1 to 100 of A-Z, a-z, 0-9, -."));
            return;
        }
        Draft known = drafts.get(key);
        if (known != null && known.broken) {
            // Already reported: the key gets no answer, whatever its other rows hold.
            return;
        }
        String service = record.get("service").strip();
        String shop = record.get("shop").strip();
        if (service.isEmpty() || shop.isEmpty()) {
            badRows.add(new BadRow(line, key, "service and shop are required on every row."));
            breakKey(drafts, key);
            return;
        }
        Draft head = new Draft(
                service,
                shop,
                blankToNull(record.get("case_reference")),
                blankToNull(record.get("applicant_civil_id")));
        Draft draft = drafts.computeIfAbsent(key, k -> head);
        if (!draft.sameRequestAs(head)) {
            badRows.add(new BadRow(
                    line, key, "The row names another service, shop, case or applicant than the key's first row."));
            draft.broken = true;
            return;
        }
        String field = record.get("field").strip();
        String value = record.get("value");
        if (field.isEmpty()) {
            if (!value.isEmpty()) {
                badRows.add(new BadRow(line, key, "A value is given without a field name."));
                draft.broken = true;
            }
            return;
        }
        String earlier = draft.fields.putIfAbsent(field, value);
        if (earlier != null && !earlier.equals(value)) {
            badRows.add(new BadRow(line, key, "The field " + field + " is given twice with different values."));
            draft.broken = true;
        }
    }

    private static void breakKey(Map<String, Draft> drafts, String key) {
        if (IdempotencyKeys.isValid(key)) {
            drafts.computeIfAbsent(key, k -> new Draft(null, null, null, null)).broken = true;
        }
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The rows of one key read so far. */
    private static final class Draft {

        private final String service;
        private final String shop;
        private final String caseReference;
        private final String applicantCivilId;
        private final Map<String, String> fields = new HashMap<>();
        private boolean broken;

        private Draft(String service, String shop, String caseReference, String applicantCivilId) {
            this.service = service;
            this.shop = shop;
            this.caseReference = caseReference;
            this.applicantCivilId = applicantCivilId;
        }

        private boolean sameRequestAs(Draft other) {
            return Objects.equals(service, other.service)
                    && Objects.equals(shop, other.shop)
                    && Objects.equals(caseReference, other.caseReference)
                    && Objects.equals(applicantCivilId, other.applicantCivilId);
        }

        private ServiceRequest request() {
            return new ServiceRequest(service, shop, caseReference, applicantCivilId, fields);
        }
    }
}
