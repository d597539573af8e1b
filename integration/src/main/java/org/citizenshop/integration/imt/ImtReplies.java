package org.citizenshop.integration.imt;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.citizenshop.domain.model.DomainException;
import org.citizenshop.integration.delivery.TaskAnswer;
import org.citizenshop.integration.delivery.TaskOutcome;

/**
 * Takes one reply of the driving authority: reads it ({@link ImtReplyTranslator}) and records the
 * task's completion or rejection. Nothing is swallowed: an unreadable reply, or the agency's refusal
 * of the message itself, is logged with its correlation id and recorded on its task, when the task is
 * known, as a delivery that trying again cannot help ({@code TaskOutcomes.abandoned}); an answer the application refuses (no such task) is
 * logged, and recorded on the task the same way when that is possible. Either way the reply is done
 * with. Only a failure that may pass (the database down) goes back to the listener, whose transaction
 * then rolls back: the agency's broker delivers the reply again. A reply for a task that is final
 * already changes nothing (the application's reports are idempotent).
 */
@Dependent
public class ImtReplies {

    private static final Logger LOG = Logger.getLogger(ImtReplies.class.getName());

    private final ImtReplyReporter reporter;

    @Inject
    public ImtReplies(ImtReplyReporter reporter) {
        this.reporter = reporter;
    }

    /**
     * @param correlationId the reply message's {@code JMSCorrelationID}
     * @param text its text, null when it is not a text message
     */
    public void take(String correlationId, String text) {
        TaskAnswer answer;
        try {
            answer = ImtReplyTranslator.read(correlationId, text);
        } catch (ImtReplyTranslator.UnusableReplyException e) {
            unusable(correlationId, e);
            return;
        }
        try {
            reporter.report(answer);
        } catch (RuntimeException e) {
            if (!refusedByApplication(e)) {
                throw e;
            }
            String why = reason(e);
            LOG.log(
                    Level.SEVERE,
                    e,
                    () -> "IMT reply " + answer.key() + " (" + describe(answer.outcome())
                            + ") refused by the application: " + why);
            abandoned(answer.key(), "The driving authority's reply could not be recorded: " + why);
            return;
        }
        LOG.info(() -> "IMT reply " + answer.key() + " recorded: " + describe(answer.outcome()));
    }

    /**
     * A reply message that cannot even be read as a message (its body cannot be decoded): logged, and
     * recorded on its task as an abandoned delivery when its correlation id names one.
     */
    public void unreadable(String correlationId, String problem) {
        unusable(
                correlationId,
                ImtReplyTranslator.unreadable(
                        ImtReplyTranslator.requestKey(correlationId).orElse(null), problem));
    }

    private void unusable(String correlationId, ImtReplyTranslator.UnusableReplyException e) {
        Optional<String> key = e.taskKey();
        LOG.severe(() -> "IMT reply " + ImtReplyTranslator.printable(correlationId) + ": " + e.getMessage()
                + key.map(k -> "; recorded as a failed delivery of task " + k)
                        .orElse("; no task is known to record it on, the reply is dropped"));
        key.ifPresent(k -> abandoned(k, e.getMessage()));
    }

    private void abandoned(String key, String error) {
        try {
            reporter.abandoned(key, error);
        } catch (RuntimeException e) {
            if (!refusedByApplication(e)) {
                throw e;
            }
            LOG.log(
                    Level.SEVERE,
                    e,
                    () -> "IMT reply " + key + ": the failure could not be recorded on the task either (" + reason(e)
                            + "); the reply is dropped");
        }
    }

    /**
     * The application said no for good (a domain rule, such as an unknown task, or invalid arguments),
     * possibly wrapped by the container: trying again cannot help.
     */
    static boolean refusedByApplication(Throwable failure) {
        return refusal(failure).isPresent();
    }

    private static Optional<Throwable> refusal(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
            if (cause instanceof DomainException || cause instanceof ConstraintViolationException) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }

    private static String reason(Throwable failure) {
        Throwable cause = refusal(failure).orElse(failure);
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static String describe(TaskOutcome outcome) {
        if (outcome instanceof TaskOutcome.Completed completed) {
            return "completed, reference " + ImtReplyTranslator.printable(completed.reference());
        }
        if (outcome instanceof TaskOutcome.Rejected rejected) {
            return "rejected, " + ImtReplyTranslator.printable(rejected.code());
        }
        return outcome.toString();
    }
}
