package org.citizenshop.application;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

/**
 * Recognises a failure that is another transaction's change of the same rows at the same moment (an
 * optimistic lock lost at commit, a row lock not obtained in time), wherever the container wrapped it:
 * nothing was saved, and the same request made again meets the rows as they are now.
 */
public final class ConcurrentChange {

    private ConcurrentChange() {}

    /** Whether the failure, or one of its causes, is a concurrent change. */
    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
