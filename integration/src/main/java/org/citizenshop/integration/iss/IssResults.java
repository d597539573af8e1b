package org.citizenshop.integration.iss;

import java.nio.file.Path;
import java.util.List;
import org.citizenshop.integration.delivery.TaskAnswer;

/**
 * What one results file says: the answers it gives for whole keys, what could not be read in it, and
 * the document files it names that were found beside it (moved with it once it is recorded).
 */
record IssResults(String file, List<TaskAnswer> answers, List<String> problems, List<Path> documentFiles) {

    IssResults {
        answers = List.copyOf(answers);
        problems = List.copyOf(problems);
        documentFiles = List.copyOf(documentFiles);
    }

    IssResults(String file, List<TaskAnswer> answers, List<String> problems) {
        this(file, answers, problems, List.of());
    }
}
