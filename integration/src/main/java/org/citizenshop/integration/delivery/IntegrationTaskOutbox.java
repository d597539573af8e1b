package org.citizenshop.integration.delivery;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.citizenshop.application.Roles;
import org.citizenshop.application.TaskDispatch;
import org.citizenshop.application.TaskOutbox;
import org.citizenshop.application.TaskReport;

/**
 * The case tasks' outbox as the delivery workers reach it: their threads carry no caller identity,
 * so this runs as the integration role, the only one the application lets claim tasks and record
 * outcomes. Each call is its own transaction. Only the integration layer reaches it, through {@link
 * AsIntegration}.
 */
@Stateless
@AsIntegration
// Nothing outside the integration module injects it by its qualifier; the role is what it adds.
@PermitAll
@RunAs(Roles.INTEGRATION)
public class IntegrationTaskOutbox implements TaskOutbox {

    @Inject
    TaskOutbox outbox;

    @Override
    public List<TaskDispatch> claim(String node, int max, Duration lease) {
        return outbox.claim(node, max, lease);
    }

    @Override
    public int release(String node) {
        return outbox.release(node);
    }

    @Override
    public void record(List<TaskReport> reports) {
        outbox.record(reports);
    }
}
