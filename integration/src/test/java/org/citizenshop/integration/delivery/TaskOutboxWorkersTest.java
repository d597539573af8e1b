package org.citizenshop.integration.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.citizenshop.application.TaskDispatch;
import org.citizenshop.application.TaskOutbox;
import org.citizenshop.application.TaskReport;
import org.citizenshop.integration.testing.RecordingOutcomes;
import org.citizenshop.integration.testing.Tasks;
import org.junit.jupiter.api.Test;

/** What a delivery worker records of a batch, and what it does when the batch cannot be recorded together. */
class TaskOutboxWorkersTest {

    /** Records reports as the application would, refusing any batch that holds a task it cannot take. */
    private static final class Outbox implements TaskOutbox {

        final RecordingOutcomes application = new RecordingOutcomes();
        final List<Integer> transactions = new ArrayList<>();
        final Set<String> refusing;

        Outbox(Set<String> refusing) {
            this.refusing = refusing;
        }

        @Override
        public List<TaskDispatch> claim(String node, int max, Duration lease) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int release(String node) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void record(List<TaskReport> reports) {
            transactions.add(reports.size());
            boolean onlyFailures = reports.stream().allMatch(report -> {
                RecordingOutcomes probe = new RecordingOutcomes();
                report.to(probe);
                return probe.reported.get(0).kind().equals("failed");
            });
            if (!onlyFailures && reports.stream().anyMatch(report -> refusing.contains(report.key()))) {
                throw new IllegalStateException("the case changed meanwhile");
            }
            reports.forEach(report -> report.to(application));
        }
    }

    private static TaskReport sent(String key) {
        return new TaskReport(key, outcomes -> outcomes.sent(key));
    }

    private static TaskOutboxWorkers workers(Outbox outbox) {
        TaskOutboxWorkers workers = new TaskOutboxWorkers();
        workers.outbox = outbox;
        return workers;
    }

    @Test
    void aBatch_isRecordedInOneTransaction() {
        Outbox outbox = new Outbox(Set.of());

        workers(outbox).record(List.of(sent("K1"), sent("K2"), sent("K3")));

        assertThat(outbox.transactions).containsExactly(3);
        assertThat(outbox.application.reported)
                .extracting(RecordingOutcomes.Outcome::key, RecordingOutcomes.Outcome::kind)
                .containsExactly(tuple("K1", "sent"), tuple("K2", "sent"), tuple("K3", "sent"));
    }

    @Test
    void aBatchThatCannotBeRecordedTogether_isRecordedTaskByTask_andATaskThatCannotBeRecordedFailsAnAttempt() {
        Outbox outbox = new Outbox(Set.of("K2"));

        workers(outbox).record(List.of(sent("K1"), sent("K2"), sent("K3")));

        assertThat(outbox.transactions)
                .as("the batch, then each task, then K2's failed attempt")
                .containsExactly(3, 1, 1, 1, 1);
        assertThat(outbox.application.reported)
                .extracting(RecordingOutcomes.Outcome::key, RecordingOutcomes.Outcome::kind)
                .containsExactly(tuple("K1", "sent"), tuple("K2", "failed"), tuple("K3", "sent"));
        assertThat(outbox.application.reported.get(1).detail())
                .startsWith(
                        "The agency's answer could not be recorded: IllegalStateException: the case changed meanwhile");
    }

    @Test
    void tasksOfABatchPastItsLastStart_areNotSent_butDueAgainAtOnce() {
        Outbox outbox = new Outbox(Set.of());
        TaskDispatch task = Tasks.taskOf("K1", "at-soap", "AT-NIF", "12345678", "child.civilId", "40000001");

        List<TaskReport> reports =
                workers(outbox).deliver(List.of(task), Instant.now().minusSeconds(1));
        reports.forEach(report -> report.to(outbox.application));

        assertThat(outbox.application.reported)
                .extracting(
                        RecordingOutcomes.Outcome::key,
                        RecordingOutcomes.Outcome::kind,
                        RecordingOutcomes.Outcome::detail)
                .containsExactly(tuple("K1", "deferred", Duration.ZERO.toString()));
    }

    @Test
    void claimsThatKeepFailing_areTriedLessAndLessOften_butAtLeastEveryHalfMinute() {
        Duration idle = Duration.ofMillis(500);

        assertThat(TaskOutboxWorkers.pauseAfter(1, idle)).isEqualTo(Duration.ofMillis(500));
        assertThat(TaskOutboxWorkers.pauseAfter(2, idle)).isEqualTo(Duration.ofSeconds(1));
        assertThat(TaskOutboxWorkers.pauseAfter(3, idle)).isEqualTo(Duration.ofSeconds(2));
        assertThat(TaskOutboxWorkers.pauseAfter(7, idle)).isEqualTo(Duration.ofSeconds(30));
        assertThat(TaskOutboxWorkers.pauseAfter(Integer.MAX_VALUE, idle)).isEqualTo(Duration.ofSeconds(30));
    }
}
