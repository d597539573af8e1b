package org.citizenshop.integration.iss;

import java.util.List;
import org.apache.commons.csv.CSVFormat;

/** The social security's batch file formats: RFC 4180, UTF-8, a header line. */
final class IssCsv {

    static final String[] REQUEST_COLUMNS = {
        "request_key", "service", "shop", "case_reference", "applicant_civil_id", "field", "value"
    };

    static final String[] RESULT_COLUMNS = {
        "request_key", "status", "agency_reference", "output_key", "output_value", "rejection_code", "rejection_reason"
    };

    /**
     * Optional columns after those: the document a completion issued, a PDF file beside the results
     * file ({@code <agency reference>.pdf}), its size, SHA-256 and verification code; empty otherwise.
     */
    static final List<String> DOCUMENT_COLUMNS =
            List.of("document_file", "document_size", "document_sha256", "document_verification_code");

    static final CSVFormat REQUESTS =
            CSVFormat.RFC4180.builder().setHeader(REQUEST_COLUMNS).get();

    static final CSVFormat RESULTS = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    private IssCsv() {}
}
