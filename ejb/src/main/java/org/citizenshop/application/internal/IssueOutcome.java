package org.citizenshop.application.internal;

import java.util.Objects;
import org.citizenshop.domain.model.DomainException;

/**
 * What became of one request among the tickets numbered together: the new ticket (as its holder sees
 * it), or the request's refusal.
 */
public record IssueOutcome<T>(T issued, DomainException refusal) {

    public IssueOutcome {
        if ((issued == null) == (refusal == null)) {
            throw new IllegalArgumentException("An outcome is either a ticket or a refusal");
        }
    }

    public static <T> IssueOutcome<T> issued(T ticket) {
        return new IssueOutcome<>(Objects.requireNonNull(ticket), null);
    }

    public static <T> IssueOutcome<T> refused(DomainException refusal) {
        return new IssueOutcome<>(null, Objects.requireNonNull(refusal));
    }

    /** The new ticket; for a refused request, throws its refusal. */
    public T ticket() {
        if (refusal != null) {
            throw refusal;
        }
        return issued;
    }
}
