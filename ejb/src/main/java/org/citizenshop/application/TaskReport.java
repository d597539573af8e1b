package org.citizenshop.application;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * What one delivery attempt of a case task came to (an answer, a failure, a deferral), held until the
 * reports of the attempt's batch are recorded together: applied to {@link TaskOutcomes} then.
 */
public record TaskReport(String key, Consumer<TaskOutcomes> report) {

    public TaskReport {
        Objects.requireNonNull(key);
        Objects.requireNonNull(report);
    }

    public void to(TaskOutcomes outcomes) {
        report.accept(outcomes);
    }
}
