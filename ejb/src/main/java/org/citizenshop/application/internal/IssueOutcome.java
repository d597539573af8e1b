package org.citizenshop.application.internal;

import java.util.Objects;
import org.citizenshop.domain.model.DomainException;

/** What became of one request among the tickets numbered together: the new ticket's id, or its refusal. */
public record IssueOutcome(Long ticketId, DomainException refusal) {

    public IssueOutcome {
        if ((ticketId == null) == (refusal == null)) {
            throw new IllegalArgumentException("An outcome is either a ticket or a refusal");
        }
    }

    public static IssueOutcome issued(long ticketId) {
        return new IssueOutcome(ticketId, null);
    }

    public static IssueOutcome refused(DomainException refusal) {
        return new IssueOutcome(null, Objects.requireNonNull(refusal));
    }

    /** The new ticket's id; for a refused request, throws its refusal. */
    public long id() {
        if (refusal != null) {
            throw refusal;
        }
        return ticketId;
    }
}
