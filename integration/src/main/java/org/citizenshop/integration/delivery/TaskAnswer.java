package org.citizenshop.integration.delivery;

import org.citizenshop.application.TaskOutcomes;

/** What an agency did with a task, with the task's key: an answer that came on its own (a callback, a file). */
public record TaskAnswer(String key, TaskOutcome outcome) {

    public void reportTo(TaskOutcomes outcomes) {
        if (outcome instanceof TaskOutcome.Completed completed) {
            outcomes.completed(key, completed.reference(), completed.outputs(), completed.document());
        } else if (outcome instanceof TaskOutcome.Acknowledged acknowledged) {
            outcomes.acknowledged(key, acknowledged.reference());
        } else if (outcome instanceof TaskOutcome.Sent) {
            outcomes.sent(key);
        } else if (outcome instanceof TaskOutcome.Rejected rejected) {
            outcomes.rejected(key, rejected.code(), rejected.reason());
        }
    }
}
