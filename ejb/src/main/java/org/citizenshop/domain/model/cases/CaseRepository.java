package org.citizenshop.domain.model.cases;

import java.util.List;
import java.util.Optional;
import org.citizenshop.domain.model.agencyrequest.RequestKey;

public interface CaseRepository {

    /** The next case number of the year, decided in the database so that no two cases share one. */
    int nextNumber(int year);

    void add(CitizenCase citizenCase);

    Optional<CitizenCase> find(CaseReference reference);

    Optional<CaseTask> findTask(RequestKey key);

    /** Loads the tasks with these keys, with their cases, in one read: {@link #findTask} finds them then without reading. */
    void loadTasks(java.util.Collection<RequestKey> keys);

    /**
     * Up to {@code max} tasks due for delivery at {@code now} (pending, handed off, their next attempt
     * due), the longest due first, locked for the caller's transaction; tasks another transaction holds
     * are passed over.
     */
    List<CaseTask> lockDue(java.time.Instant now, int max);

    /** Makes the tasks that {@code node} claimed and did not record due at {@code now}; returns how many. */
    int releaseClaims(String node, java.time.Instant now);

    List<CitizenCase> ofTicket(long ticketId);

    /** Proposals waiting for this citizen's consent, oldest first. */
    List<CitizenCase> proposedTo(String civilId);

    boolean hasEvent(String sourceEventId);

    /** The cases submitted under a consent. */
    List<CitizenCase> underConsent(long consentId);

    /** Tasks in a state, oldest change first (failed ones for the administrators' list). */
    List<CaseTask> tasksIn(TaskStatus status, int limit);

    void addProof(ProofDocument proof);

    /** The proofs of a case's tasks, without their bytes. */
    List<ProofSummary> proofsOf(CitizenCase citizenCase);

    /** A task's proof with its bytes. */
    Optional<ProofDocument> proofOf(CaseTask task);

    Optional<ProofSummary> proofWithCode(String verificationCode);

    /** Whether a document kept already, or earlier in the caller's transaction, has this verification code. */
    boolean verificationCodeTaken(String verificationCode);

    /** The document whose SHA-256 digest this is (the first received, should two agencies send the same bytes). */
    Optional<ProofSummary> proofWithDigest(String sha256);
}
