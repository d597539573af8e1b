package org.citizenshop.integration.imt;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.citizenshop.application.TaskOutcomes;
import org.citizenshop.integration.delivery.AsIntegration;
import org.citizenshop.integration.delivery.TaskAnswer;

/**
 * Records what a reply of the driving authority says, each report in a transaction of its own: when
 * the application refuses it (an unknown key, say), only that report rolls back, not the listener's
 * transaction that took the reply off the agency's queue, so a reply that can never be recorded is not
 * delivered again and again. Reports go through the {@link AsIntegration} bridge, which runs as the
 * integration role.
 */
@Stateless
// Only the replies' listener calls it; the bridge, not this bean, carries the role the application asks for.
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImtReplyReporter {

    @Inject
    @AsIntegration
    TaskOutcomes outcomes;

    public ImtReplyReporter() {}

    ImtReplyReporter(TaskOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    public void report(TaskAnswer answer) {
        answer.reportTo(outcomes);
    }

    /** The reply cannot be recorded (unreadable, or refused): trying again cannot help. */
    public void abandoned(String key, String error) {
        outcomes.abandoned(key, error);
    }
}
