package org.citizenshop.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.citizenshop.domain.model.LocalizedText;

/**
 * The dead-letter list: case tasks whose delivery failed, for the supervisors (every agency) and
 * each agency's administrators (their own). A task can be replayed (sent again with the same
 * idempotency key, so the agency cannot act twice) or cancelled with a reason; one the agency never
 * took can have its data corrected first (see {@link #correct}).
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
            Instant failedAt,
            boolean fixable)
            implements Serializable {}

    List<FailedTask> failedTasks();

    /**
     * A failed step's data as its service's form asks it: each field with its label, type and the
     * value the step would send now. {@code fixable}: its data may be corrected (it failed and the
     * agency never took it).
     */
    record StepData(
            String key,
            String caseReference,
            String service,
            LocalizedText serviceName,
            String agency,
            String status,
            boolean fixable,
            String lastError,
            List<StepField> fields,
            List<CaseView.Correction> corrections)
            implements Serializable {}

    /**
     * One field of a step: {@code type} one of the catalogue's field types; {@code filledBy} the
     * earlier step whose agency gave the value (not for an administrator to change), or null.
     */
    record StepField(
            String key,
            String type,
            LocalizedText label,
            String group,
            boolean required,
            List<String> choices,
            String value,
            String filledBy)
            implements Serializable {}

    /** The step's data, for an administrator who checks or corrects it (a read of the case's data). */
    StepData stepData(@NotBlank @Size(max = 36) String key);

    /**
     * Corrects a failed step's data: {@code values} holds the fields no earlier step fills (one left
     * out is empty), checked as the case's form was; every problem is refused at once, each on its
     * field, and nothing is changed. The corrected values go to the agency with the next replay.
     */
    StepData correct(@NotBlank @Size(max = 36) String key, @NotNull @Size(max = 200) Map<String, String> values);

    void replay(@NotBlank @Size(max = 36) String key);

    void cancel(@NotBlank @Size(max = 36) String key, @NotBlank @Size(max = 300) String reason);
}
