package org.citizenshop.integration.iss;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.citizenshop.application.ConcurrentChange;
import org.citizenshop.application.TaskOutcomes;
import org.citizenshop.integration.delivery.AsIntegration;
import org.citizenshop.integration.delivery.TaskAnswer;

/**
 * Reports the answers of a results file to the application, each on its own: one that cannot be
 * recorded does not hold back the others. Every problem of the file is logged with the file's name;
 * a file with any problem then fails, so that it is kept aside for a person to look at.
 */
@Dependent
public class IssResultsReporter {

    private static final Logger LOG = Logger.getLogger(IssResultsReporter.class.getName());

    /** How often one answer is recorded when its task keeps changing under it. */
    static final int ATTEMPTS = 3;

    private final TaskOutcomes outcomes;

    @Inject
    public IssResultsReporter(@AsIntegration TaskOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    /**
     * Reads the results file the exchange carries, and the documents it names from the folder it is
     * in: the agency writes them before the results file, so they are whole by now.
     */
    public void read(Exchange exchange) {
        String file = exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class);
        String folder = exchange.getMessage().getHeader(Exchange.FILE_PARENT, String.class);
        exchange.getMessage()
                .setBody(IssResultsReader.read(
                        file, exchange.getMessage().getBody(String.class), folder == null ? null : Path.of(folder)));
    }

    /**
     * Reports one answer; when its task was changed by another transaction at the same moment (the
     * answer to a request redelivered after a crash, an SLA warning), the answer is recorded again,
     * on the task as it is now, up to {@link #ATTEMPTS} times: recording is idempotent, so a task the
     * other transaction completed stays completed and the file is not kept aside for nothing.
     */
    private void reportOne(TaskAnswer answer, String file) {
        for (int attempt = 1; ; attempt++) {
            try {
                answer.reportTo(outcomes);
                return;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !ConcurrentChange.causes(e)) {
                    throw e;
                }
                int failed = attempt;
                LOG.info(() -> "Social security results " + file + ": the task of key " + answer.key()
                        + " changed meanwhile (attempt " + failed + "); recording its answer again");
            }
        }
    }

    public void report(Exchange exchange) {
        IssResults results = exchange.getMessage().getBody(IssResults.class);
        List<String> problems = new ArrayList<>(results.problems());
        int recorded = 0;
        for (TaskAnswer answer : results.answers()) {
            try {
                reportOne(answer, results.file());
                recorded++;
            } catch (RuntimeException e) {
                // The application refused this answer (an unknown key, a database failure): the file is
                // kept aside and the cause logged here; the other answers are recorded all the same.
                LOG.log(
                        Level.SEVERE,
                        e,
                        () -> "Social security results " + results.file() + ": the answer for key " + answer.key()
                                + " could not be recorded");
                problems.add("key " + answer.key() + " could not be recorded: " + e);
            }
        }
        for (String problem : results.problems()) {
            LOG.warning(() -> "Social security results " + results.file() + ": " + problem);
        }
        int answers = recorded;
        LOG.info(() -> "Social security results " + results.file() + ": " + answers + " answers recorded");
        // The documents go where their results file goes (the route moves it after this step).
        IssDocumentFiles.move(results.documentFiles(), problems.isEmpty() ? ".done" : ".failed", results.file());
        if (!problems.isEmpty()) {
            throw new IncompleteResultsException(results.file(), problems);
        }
    }
}
