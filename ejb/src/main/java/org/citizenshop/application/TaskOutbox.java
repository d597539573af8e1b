package org.citizenshop.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.List;

/**
 * Case tasks handed to the integration layer wait in the case's own table until they are due; the
 * integration layer claims the due ones in batches, delivers them and records what came of the
 * batch in one transaction. A claim lapses after its lease, so a task whose node stopped before
 * recording its answer is delivered again (under the same key: the agency does not act twice).
 */
public interface TaskOutbox {

    /**
     * Claims up to {@code max} due tasks, oldest due first, for {@code node} until {@code lease} has
     * passed, passing over those another claim is taking at the same moment; returns what delivering
     * them needs. Committed before it returns.
     */
    List<TaskDispatch> claim(@NotBlank String node, @Positive int max, @NotNull Duration lease);

    /** Makes the tasks {@code node} claimed and did not record due now (the node started again). */
    int release(@NotBlank String node);

    /** Records what came of a batch's deliveries, all in one transaction. */
    void record(@NotNull List<TaskReport> reports);
}
