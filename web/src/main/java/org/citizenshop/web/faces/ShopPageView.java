package org.citizenshop.web.faces;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.citizenshop.application.QueueState;
import org.citizenshop.application.ServiceOption;
import org.citizenshop.application.ShopDirectory;
import org.citizenshop.application.ShopSummary;
import org.citizenshop.application.TicketIssuing;
import org.citizenshop.application.TicketRequest;
import org.citizenshop.application.TicketView;
import org.citizenshop.domain.model.DomainException;
import org.citizenshop.domain.model.ticket.Channel;

/**
 * A shop's public page: its queues with the live wait, and a digital ticket taken from home, which
 * opens the ticket's own page.
 */
@Named
@ViewScoped
public class ShopPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ShopDirectory directory;

    @Inject
    TicketIssuing issuing;

    @Inject
    Feedback feedback;

    private String shop;
    private ShopSummary summary;
    private List<QueueState> queues = List.of();
    private List<ServiceOption> services = List.of();
    private String service;

    public void load() {
        if (shop == null || shop.isBlank()) {
            summary = null;
            feedback.info("shop.choose");
            return;
        }
        try {
            summary = directory.shop(shop);
            refresh();
        } catch (DomainException unknown) {
            summary = null;
            feedback.refused(unknown);
        }
    }

    /** Polled: the queues' waits as they are now. */
    public void refresh() {
        if (summary != null) {
            queues = directory.queues(shop);
            services = directory.services(shop);
        }
    }

    public String take() {
        try {
            TicketView ticket =
                    issuing.take(TicketRequest.forService(shop, service, null, Channel.WEB, clientAddress()));
            return "/ticket/index?faces-redirect=true&code=" + ticket.accessCode();
        } catch (DomainException refusal) {
            feedback.refused(refusal, Map.of("service", "take:service"));
        } catch (EJBException | ConstraintViolationException failure) {
            feedback.failed(failure);
        }
        return null;
    }

    private static String clientAddress() {
        return ((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    public String getShop() {
        return shop;
    }

    public void setShop(String shop) {
        this.shop = shop == null ? null : shop.strip();
    }

    public ShopSummary getSummary() {
        return summary;
    }

    public List<QueueState> getQueues() {
        return queues;
    }

    public List<ServiceOption> getServices() {
        return services;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }
}
