package org.citizenshop.integration.iss;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
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

    private final TaskOutcomes outcomes;

    @Inject
    public IssResultsReporter(@AsIntegration TaskOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    /** Reads the results file the exchange carries. */
    public void read(Exchange exchange) {
        String file = exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class);
        exchange.getMessage()
                .setBody(IssResultsReader.read(file, exchange.getMessage().getBody(String.class)));
    }

    public void report(Exchange exchange) {
        IssResults results = exchange.getMessage().getBody(IssResults.class);
        List<String> problems = new ArrayList<>(results.problems());
        int recorded = 0;
        for (TaskAnswer answer : results.answers()) {
            try {
                answer.reportTo(outcomes);
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
        if (!problems.isEmpty()) {
            throw new IncompleteResultsException(results.file(), problems);
        }
    }
}
