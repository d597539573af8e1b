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

    List<CitizenCase> ofTicket(long ticketId);

    /** Proposals waiting for this citizen's consent, oldest first. */
    List<CitizenCase> proposedTo(String civilId);

    boolean hasEvent(String sourceEventId);

    /** The cases submitted under a consent. */
    List<CitizenCase> underConsent(long consentId);

    /** Tasks in a state, oldest change first (failed ones for the administrators' list). */
    List<CaseTask> tasksIn(TaskStatus status, int limit);
}
