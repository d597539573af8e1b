package org.citizenshop.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.Map;

/**
 * How the integration layer reports what an agency did with a case task (it claims the tasks to
 * deliver from {@link TaskOutbox}). Every report is idempotent: an answer for a task in a final
 * state changes nothing.
 */
public interface TaskOutcomes {

    /** The request went out (a batch file written, a message queued); the answer comes later. */
    void sent(@NotBlank @Size(max = 36) String key);

    void acknowledged(@NotBlank @Size(max = 36) String key, @NotBlank @Size(max = 60) String reference);

    /**
     * Done: the tasks that waited for it are handed off in the same transaction. {@code document} is
     * the proof the agency sent with it (null when it sent none): kept with the task, or, when it
     * could not be accepted, the problem with it; the task is completed either way.
     */
    void completed(
            @NotBlank @Size(max = 36) String key,
            @NotBlank @Size(max = 60) String reference,
            @Size(max = 40) Map<String, String> outputs,
            AgencyDocument document);

    void rejected(@NotBlank @Size(max = 36) String key, @NotBlank @Size(max = 40) String code, String reason);

    /**
     * A delivery attempt failed for a reason that may pass (the agency down, slow, overloaded): the
     * task is due again after a back-off that doubles with each failed attempt, and after the last
     * attempt it is a dead letter.
     */
    void deliveryFailed(@NotBlank @Size(max = 36) String key, String error);

    /**
     * Not attempted: its agency's circuit is open or its rate limit reached. Due again after {@code
     * wait}; not a failed attempt.
     */
    void deferred(@NotBlank @Size(max = 36) String key, @NotNull Duration wait);

    /**
     * Trying again cannot help (the agency's answer cannot be read, no route for the connector): the
     * task is a dead letter at once.
     */
    void abandoned(@NotBlank @Size(max = 36) String key, String error);

    /**
     * The agency refused the request before acting on it (it answered that it is malformed, not
     * allowed or unknown to it: an HTTP 4xx other than a conflict), so nothing is recorded under the
     * key: a dead letter at once, whose data an administrator may correct and send under a new key.
     */
    void refused(@NotBlank @Size(max = 36) String key, String error);
}
