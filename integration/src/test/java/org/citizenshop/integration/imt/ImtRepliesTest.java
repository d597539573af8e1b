package org.citizenshop.integration.imt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import java.util.Map;
import java.util.Set;
import org.citizenshop.application.AgencyDocument;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.integration.testing.RecordingOutcomes;
import org.citizenshop.integration.testing.RecordingOutcomes.Outcome;
import org.citizenshop.integration.testing.ScriptedAgency;
import org.citizenshop.integration.testing.Tasks;
import org.junit.jupiter.api.Test;

/** What becomes of each reply: recorded, recorded as a failure of its task, or dropped with a log line; never lost silently. */
class ImtRepliesTest {

    private static final String KEY = Tasks.KEY;
    private static final String UNKNOWN = "0f0e0d0c-0b0a-4909-8807-060504030201";

    /** The application as the container shows it: no task UNKNOWN, and perhaps a database that is down. */
    private static final class Application extends RecordingOutcomes {

        boolean databaseDown;

        private void check(String key) {
            if (databaseDown) {
                throw new EJBException("Connection refused", new IllegalStateException("database down"));
            }
            if (UNKNOWN.equals(key)) {
                // An application exception of the ejb module, seen from another module through the bridge.
                throw new EJBTransactionRolledbackException(
                        "rolled back", new NotFoundException("caseTask.unknown", "No case task " + key, key));
            }
        }

        @Override
        public void completed(String key, String reference, Map<String, String> outputs, AgencyDocument document) {
            check(key);
            super.completed(key, reference, outputs, document);
        }

        @Override
        public void rejected(String key, String code, String reason) {
            check(key);
            super.rejected(key, code, reason);
        }

        @Override
        public void abandoned(String key, String error) {
            check(key);
            super.abandoned(key, error);
        }
    }

    private final Application application = new Application();
    private final ImtReplies replies = new ImtReplies(new ImtReplyReporter(application));

    private static String sample(String name) {
        return ScriptedAgency.sample("imt", name);
    }

    @Test
    void aCompletion_isRecordedWithItsOutputs() {
        replies.take(KEY, sample("completed-licence.json"));

        assertThat(application.reported)
                .containsExactly(
                        new Outcome(KEY, "completed", "IMT-2026-000012 {licence.temporaryPermit=GS-2026-000001}"));
    }

    @Test
    void aCompletionWithItsTemporaryPermit_isRecordedWithTheDocument() {
        replies.take(KEY, sample("completed-licence-with-document.json"));

        assertThat(application.reported).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo("completed");
            assertThat(outcome.detail()).startsWith("IMT-2026-000001 {licence.temporaryPermit=GS-2026-000001}");
        });
        assertThat(application.documents).singleElement().satisfies(document -> {
            assertThat(document.usable()).isTrue();
            assertThat(document.verificationCode()).isEqualTo("IMT-ZRZZ-C453-ZZ87");
        });
    }

    @Test
    void aCompletionWithABrokenDocument_isRecordedCompleted_withTheProblem_notAbandoned() {
        replies.take(KEY, sample("document-wrong-digest.json"));

        assertThat(application.reported).extracting(Outcome::kind).containsExactly("completed");
        assertThat(application.documents).singleElement().satisfies(document -> {
            assertThat(document.usable()).isFalse();
            assertThat(document.problem()).isEqualTo("the document's SHA-256 digest does not match its content");
        });
    }

    @Test
    void aRejection_isRecordedWithItsCodeAndReason() {
        replies.take(KEY, sample("rejected-invalid-licence-number.json"));

        assertThat(application.reported)
                .containsExactly(
                        new Outcome(
                                KEY,
                                "rejected",
                                "INVALID_REQUEST: licence.number must be a driving licence number such as L-1234567 8, not 12345."));
    }

    @Test
    void anUnreadableReply_isRecordedOnItsTask_asADeliveryThatCannotBeRetried() {
        replies.take(KEY, sample("unknown-status.json"));
        replies.take(KEY, sample("malformed.json"));
        replies.take(KEY, null);

        assertThat(application.reported).extracting(Outcome::kind).containsOnly("abandoned");
        assertThat(application.reported)
                .extracting(Outcome::detail)
                .satisfiesExactly(
                        unknownStatus -> assertThat(unknownStatus)
                                .isEqualTo("The driving authority's reply is unreadable: unknown status 'ACCEPTED'"),
                        malformed -> assertThat(malformed)
                                .startsWith(
                                        "The driving authority's reply is unreadable: the reply is not a JSON object"),
                        notText -> assertThat(notText)
                                .isEqualTo(
                                        "The driving authority's reply is unreadable: the reply is not a text message"));
        assertThat(application.reported).extracting(Outcome::key).containsOnly(KEY);
    }

    @Test
    void theAgencysRefusalOfTheMessageItself_isRecordedOnTheTask_notAsTheCitizensRejection() {
        replies.take(KEY, sample("refused-key-reused.json"));

        assertThat(application.reported)
                .containsExactly(
                        new Outcome(
                                KEY,
                                "abandoned",
                                "The driving authority refused the request message: KEY_REUSED: This request key was already used for a different request."));
    }

    @Test
    void anUnreadableReplyForNoKnownTask_isDropped_afterItsLogLine() {
        replies.take("not a key", sample("malformed.json"));
        replies.unreadable(null, "the message cannot be read: JMSException");

        assertThat(application.reported).isEmpty();
    }

    @Test
    void aMessageThatCannotBeRead_isRecordedOnTheTaskItsCorrelationIdNames() {
        replies.unreadable(KEY, "the message cannot be read: JMSException: corrupt body");

        assertThat(application.reported)
                .containsExactly(
                        new Outcome(
                                KEY,
                                "abandoned",
                                "The driving authority's reply is unreadable: the message cannot be read: JMSException: corrupt body"));
    }

    @Test
    void aReplyForATaskTheApplicationDoesNotKnow_isDone_notDeliveredAgainAndAgain() {
        String reply = sample("completed-licence.json").replace(KEY, UNKNOWN);

        replies.take(UNKNOWN, reply);

        // Refused, and its failure cannot be recorded either: logged, nothing thrown.
        assertThat(application.reported).isEmpty();
    }

    @Test
    void aFailureThatMayPass_goesBackToTheListener_soTheReplyComesAgain() {
        application.databaseDown = true;

        assertThatThrownBy(() -> replies.take(KEY, sample("completed-licence.json")))
                .isInstanceOf(EJBException.class)
                .hasRootCauseMessage("database down");
        assertThatThrownBy(() -> replies.take(KEY, sample("malformed.json"))).isInstanceOf(EJBException.class);

        application.databaseDown = false;
        replies.take(KEY, sample("completed-licence.json"));
        assertThat(application.reported).extracting(Outcome::kind).containsExactly("completed");
    }

    @Test
    void refusals_areTheApplicationsNo_whereverTheContainerWrapsThem() {
        NotFoundException unknown = new NotFoundException("caseTask.unknown", "No case task", UNKNOWN);
        assertThat(ImtReplies.refusedByApplication(unknown)).isTrue();
        assertThat(ImtReplies.refusedByApplication(
                        new EJBException(new EJBTransactionRolledbackException("", unknown))))
                .isTrue();
        assertThat(ImtReplies.refusedByApplication(new jakarta.validation.ConstraintViolationException(Set.of())))
                .isTrue();
        assertThat(ImtReplies.refusedByApplication(new EJBException(new IllegalStateException("database down"))))
                .isFalse();
    }
}
