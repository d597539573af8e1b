package org.citizenshop.web.faces;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.Map;
import org.citizenshop.application.AlertRequest;
import org.citizenshop.application.DigitalTickets;
import org.citizenshop.application.ShopDirectory;
import org.citizenshop.application.TicketView;
import org.citizenshop.domain.model.DomainException;

/**
 * A ticket's own page, opened with its access code: where it stands (refreshed while it waits), an
 * alert before the turn, and "I will not come". What the citizen typed stays when it is refused.
 */
@Named
@ViewScoped
public class TicketPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> ALERT_FIELDS =
            Map.of("contact", "ticket:contact", "threshold", "ticket:threshold", "channel", "ticket:channel");

    @Inject
    DigitalTickets tickets;

    @Inject
    ShopDirectory directory;

    @Inject
    Feedback feedback;

    private String code;
    private TicketView ticket;
    private String channel = "SMS";
    private String contact;
    private int threshold = 3;
    private boolean confirmingCancel;
    private String shopName;

    public void load() {
        if (code == null || code.isBlank()) {
            ticket = null;
            feedback.info("ticket.enterCode");
            return;
        }
        try {
            ticket = tickets.ticket(code);
            if (shopName == null) {
                shopName = directory.shop(ticket.shop()).name();
            }
        } catch (DomainException unknown) {
            ticket = null;
            feedback.refused(unknown);
        } catch (EJBException | ConstraintViolationException failure) {
            ticket = null;
            feedback.failed(failure);
        }
    }

    /** Polled while the ticket waits. */
    public void refresh() {
        if (ticket != null) {
            load();
        }
    }

    public void alertMe() {
        try {
            ticket = tickets.alertMe(code, new AlertRequest(channel, contact, threshold));
            contact = null;
            feedback.info("ticket.alertSaved");
        } catch (DomainException refusal) {
            feedback.refused(refusal, ALERT_FIELDS);
        } catch (EJBException | ConstraintViolationException failure) {
            feedback.failed(failure);
        }
    }

    public void askCancel() {
        confirmingCancel = true;
    }

    public void keep() {
        confirmingCancel = false;
    }

    public void cancel() {
        confirmingCancel = false;
        try {
            ticket = tickets.cancel(code);
            feedback.info("ticket.cancelled");
        } catch (DomainException refusal) {
            feedback.refused(refusal);
        } catch (EJBException | ConstraintViolationException failure) {
            feedback.failed(failure);
        }
    }

    public String getShopName() {
        return shopName;
    }

    public boolean isWaiting() {
        return ticket != null && ticket.waiting();
    }

    /** Still moving (waiting, or called and not yet at the desk): the page keeps refreshing. */
    public boolean isLive() {
        return ticket != null && (ticket.waiting() || "CALLED".equals(ticket.status()));
    }

    public boolean isConfirmingCancel() {
        return confirmingCancel;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public TicketView getTicket() {
        return ticket;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public int getThreshold() {
        return threshold;
    }

    public void setThreshold(int threshold) {
        this.threshold = threshold;
    }
}
