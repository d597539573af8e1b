package org.citizenshop.integration.iss;

import java.util.List;
import org.citizenshop.integration.delivery.TaskAnswer;

/** What one results file says: the answers it gives for whole keys, and what could not be read in it. */
record IssResults(String file, List<TaskAnswer> answers, List<String> problems) {

    IssResults {
        answers = List.copyOf(answers);
        problems = List.copyOf(problems);
    }
}
