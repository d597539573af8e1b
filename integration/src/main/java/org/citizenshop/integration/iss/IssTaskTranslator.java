package org.citizenshop.integration.iss;

import jakarta.enterprise.context.Dependent;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.apache.commons.csv.CSVPrinter;
import org.citizenshop.application.TaskDispatch;
import org.citizenshop.integration.delivery.TaskOutcome;

/**
 * Translates a case task at the social security's edge: into a request file of its own, one row per
 * field (one row with an empty field when there is none), named as the agency expects. The
 * agency answers later, in a results file.
 */
@Dependent
public class IssTaskTranslator {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

    public void toRequestFile(Exchange exchange) throws InvalidPayloadException {
        TaskDispatch task = exchange.getMessage().getMandatoryBody(TaskDispatch.class);
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.FILE_NAME, fileName(Instant.now()));
        message.setBody(rows(task));
    }

    /** The file is in the inbox: the request went out, the answer comes with a later batch run. */
    public void toSent(Exchange exchange) {
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setBody(new TaskOutcome.Sent());
    }

    static String fileName(Instant now) {
        return "requests-" + STAMP.format(now) + "-" + UUID.randomUUID() + ".csv";
    }

    static String rows(TaskDispatch task) {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, IssCsv.REQUESTS)) {
            Map<String, String> fields = new TreeMap<>(task.fields());
            if (fields.isEmpty()) {
                row(csv, task, "", "");
            }
            for (Map.Entry<String, String> field : fields.entrySet()) {
                row(csv, task, field.getKey(), field.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to a string cannot fail", e);
        }
        return text.toString();
    }

    private static void row(CSVPrinter csv, TaskDispatch task, String field, String value) throws IOException {
        csv.printRecord(
                task.key(),
                task.service(),
                task.shop(),
                task.caseReference(),
                task.applicantCivilId() == null ? "" : task.applicantCivilId(),
                field,
                value == null ? "" : value);
    }
}
