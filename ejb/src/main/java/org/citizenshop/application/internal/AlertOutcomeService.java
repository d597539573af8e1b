package org.citizenshop.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import org.citizenshop.application.AlertOutcomes;
import org.citizenshop.application.Roles;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.ticket.TicketAlert;
import org.citizenshop.domain.model.ticket.TicketAlertRepository;

@Stateless
@RolesAllowed(Roles.INTEGRATION)
public class AlertOutcomeService implements AlertOutcomes {

    @Inject
    TicketAlertRepository alerts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public void delivered(long id, String messageId) {
        TicketAlert alert = find(id);
        alert.delivered(messageId, clock.instant());
        audit.record(Roles.INTEGRATION, "alert.sent", AuditSubjects.of(alert.ticket()), "message=" + messageId);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long id, String error) {
        TicketAlert alert = find(id);
        alert.failed(error);
        audit.record(Roles.INTEGRATION, "alert.failed", AuditSubjects.of(alert.ticket()), error);
    }

    private TicketAlert find(long id) {
        return alerts.find(id).orElseThrow(() -> new NotFoundException("alert.unknown", "No alert " + id, id));
    }
}
