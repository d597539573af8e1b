package org.citizenshop.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import org.citizenshop.application.port.AuditTrail;

/**
 * Writes audit events to the {@code AUDIT} log category, which the server routes to its own file
 * (see the logging CLI script), one line per event in key=value form. Personal numbers in the
 * subject and the detail are masked to their last three digits ({@link Masked}): the trail says who
 * did what to which record, not whose numbers they were (docs/security.md).
 */
@ApplicationScoped
public class LoggingAuditTrail implements AuditTrail {

    private static final Logger AUDIT = Logger.getLogger("AUDIT");

    @Override
    public void record(String actor, String action, String subject, String detail) {
        AUDIT.info(() -> "actor=" + quote(actor) + " action=" + quote(action) + " subject="
                + quote(Masked.identifiersIn(subject)) + " detail=" + quote(Masked.identifiersIn(detail)));
    }

    private static String quote(String value) {
        if (value == null) {
            return "-";
        }
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"").replace('\n', ' ') + '"';
    }
}
