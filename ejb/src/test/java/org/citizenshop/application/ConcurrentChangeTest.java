package org.citizenshop.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.Test;

class ConcurrentChangeTest {

    @Test
    void aLostOptimisticLock_isRecognised_underTheContainersWrappers() {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.initCause(new OptimisticLockException("Row was updated or deleted by another transaction"));

        assertThat(ConcurrentChange.causes(new EJBTransactionRolledbackException("rolled back", rollback)))
                .isTrue();
        assertThat(ConcurrentChange.causes(new PessimisticLockException("could not obtain lock")))
                .isTrue();
    }

    @Test
    void otherFailures_areNot() {
        assertThat(ConcurrentChange.causes(
                        new EJBTransactionRolledbackException("rolled back", new IllegalStateException("a bug"))))
                .isFalse();
        assertThat(ConcurrentChange.causes(new IllegalArgumentException())).isFalse();
        assertThat(ConcurrentChange.causes(null)).isFalse();
    }
}
