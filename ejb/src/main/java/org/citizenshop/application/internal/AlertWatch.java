package org.citizenshop.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Locale;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.application.port.Notification;
import org.citizenshop.application.port.Notifications;
import org.citizenshop.domain.model.catalogue.ServiceQueue;
import org.citizenshop.domain.model.ticket.AlertChannel;
import org.citizenshop.domain.model.ticket.Ticket;
import org.citizenshop.domain.model.ticket.TicketAlert;
import org.citizenshop.domain.model.ticket.TicketAlertRepository;
import org.citizenshop.domain.model.ticket.TicketRepository;

/**
 * Sends the alerts whose moment has come, after anything that moves a queue forward: each due alert
 * is handed to the notification gateway in the caller's transaction, in the shop's language.
 */
@ApplicationScoped
class AlertWatch {

    @Inject
    TicketAlertRepository alerts;

    @Inject
    TicketRepository tickets;

    @Inject
    Notifications notifications;

    @Inject
    AuditTrail audit;

    /** A queue moved forward: tell whoever asked to be told at this distance. */
    void queueMoved(ServiceQueue queue, LocalDate day) {
        for (TicketAlert alert : alerts.watching(queue, day)) {
            sendIfDue(alert);
        }
    }

    void sendIfDue(TicketAlert alert) {
        Ticket ticket = alert.ticket();
        long ahead = tickets.waitingAhead(ticket);
        if (!alert.isDue(ahead)) {
            return;
        }
        String to = alert.handOff();
        boolean english = "en".equals(ticket.shop().language().getLanguage());
        String text = english
                ? "Citizen Shop: ticket " + ticket.number() + ", " + ahead + " ticket(s) before you at "
                        + ticket.shop().name() + ". Please come to the waiting area."
                : "Loja do Cidadão: senha " + ticket.number() + ", " + ahead + " senha(s) antes da sua em "
                        + ticket.shop().name() + ". Dirija-se à sala de espera.";
        String subject = alert.channel() == AlertChannel.EMAIL
                ? (english ? "Your turn is near: " : "A sua vez está próxima: ") + ticket.number()
                : null;
        notifications.send(new Notification(
                "alert-" + alert.id(), alert.id(), alert.channel().name().toLowerCase(Locale.ROOT), to, subject, text));
        audit.record("system", "alert.handedOff", AuditSubjects.of(ticket), "channel=" + alert.channel());
    }

    /** The ticket is called or gone: its alert, if still watching, is no longer needed. */
    void ticketLeftTheQueue(Ticket ticket) {
        alerts.of(ticket).ifPresent(TicketAlert::drop);
    }
}
