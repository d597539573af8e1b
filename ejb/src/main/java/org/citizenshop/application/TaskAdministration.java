package org.citizenshop.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The dead-letter list: case tasks whose delivery failed, for the supervisors (every agency) and
 * each agency's administrators (their own). A task can be replayed (sent again with the same
 * idempotency key, so the agency cannot act twice) or cancelled with a reason.
 */
public interface TaskAdministration {

    /** A failed task and why. */
    record FailedTask(
            String key,
            String caseReference,
            String service,
            String agency,
            int failedAttempts,
            String lastError,
            Instant failedAt)
            implements Serializable {}

    List<FailedTask> failedTasks();

    void replay(@NotBlank @Size(max = 36) String key);

    void cancel(@NotBlank @Size(max = 36) String key, @NotBlank @Size(max = 300) String reason);
}
