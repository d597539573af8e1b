package org.citizenshop.application.internal;

import org.citizenshop.domain.model.ticket.Ticket;

/** How the audit trail names what an event concerns, the same way in every service. */
final class AuditSubjects {

    private AuditSubjects() {}

    /** A ticket number is unique per shop and day: {@code LX-LARANJEIRAS/2026-11-27/A001}. */
    static String of(Ticket ticket) {
        return ticket.shop().code() + "/" + ticket.serviceDay() + "/" + ticket.number();
    }
}
