package org.citizenshop.web.faces;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citizenshop.application.ServiceOption;
import org.citizenshop.application.ShopDirectory;
import org.citizenshop.application.TicketIssuing;
import org.citizenshop.application.TicketRequest;
import org.citizenshop.application.TicketView;
import org.citizenshop.domain.model.DomainException;
import org.citizenshop.domain.model.ticket.Channel;
import org.citizenshop.domain.model.ticket.PriorityReason;
import org.citizenshop.web.i18n.Texts;

/**
 * The kiosk's ticket flow for one shop: language, service, priority, ticket. Anything a citizen
 * chose stays on screen when something is refused; "Finish" wipes it for the next person.
 */
@Named
@ViewScoped
public class KioskView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The screens of the flow, in order. */
    public enum Step {
        LANGUAGE,
        SERVICE,
        CONFIRM,
        TICKET
    }

    @Inject
    ShopDirectory directory;

    @Inject
    TicketIssuing issuing;

    @Inject
    LocaleSelection language;

    @Inject
    Feedback feedback;

    private String shop = "LX-LARANJEIRAS";
    private String shopName;
    private Step step = Step.LANGUAGE;
    private List<ServiceOption> services = List.of();
    private String service;
    private String priority = "";
    private TicketView ticket;

    /** Loads the shop named by the page's {@code shop} parameter. */
    public void load() {
        try {
            shopName = directory.shop(shop).name();
            services = directory.services(shop);
        } catch (DomainException unknown) {
            shopName = null;
            services = List.of();
            feedback.refused(unknown);
        }
    }

    public void chooseLanguage(String tag) {
        language.use(tag);
        step = Step.SERVICE;
    }

    public void chooseService(String code) {
        service = code;
        priority = "";
        step = Step.CONFIRM;
    }

    public void back() {
        step = step == Step.CONFIRM ? Step.SERVICE : Step.LANGUAGE;
    }

    public void take() {
        try {
            ticket = issuing.take(TicketRequest.forService(
                    shop,
                    service,
                    priority == null || priority.isEmpty() ? null : PriorityReason.valueOf(priority),
                    Channel.KIOSK,
                    clientAddress()));
            step = Step.TICKET;
        } catch (DomainException refusal) {
            feedback.refused(refusal);
        } catch (EJBException | jakarta.validation.ConstraintViolationException failure) {
            feedback.failed(failure);
        }
    }

    /** Ready for the next citizen: nothing of this one is left on screen. */
    public void finish() {
        ticket = null;
        service = null;
        priority = "";
        language.use("pt");
        step = Step.LANGUAGE;
        load();
    }

    private static String clientAddress() {
        return ((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    /** One agency's services, shown as big touch buttons under the agency's name. */
    public record AgencyGroup(String agency, String name, List<ServiceOption> services) {}

    public List<AgencyGroup> getAgencyGroups() {
        Map<String, List<ServiceOption>> byAgency = new LinkedHashMap<>();
        services.stream()
                .sorted(Comparator.comparing(ServiceOption::agency).thenComparing(ServiceOption::code))
                .forEach(option -> byAgency.computeIfAbsent(option.agency(), code -> new ArrayList<>())
                        .add(option));
        return byAgency.values().stream()
                .map(options -> new AgencyGroup(
                        options.get(0).agency(), options.get(0).agencyName().in(language.getLocale()), options))
                .toList();
    }

    /** The label of a service button: its name and how many wait in its queue. */
    public String label(ServiceOption option) {
        return option.name().in(language.getLocale()) + " — "
                + Texts.text(language.getLocale(), "kiosk.waiting", option.waiting())
                + (option.waiting() > 0
                        ? ", " + Texts.text(language.getLocale(), "kiosk.waitAbout", option.estimatedWaitMinutes())
                        : "");
    }

    public ServiceOption getSelectedService() {
        return services.stream()
                .filter(option -> option.code().equals(service))
                .findFirst()
                .orElse(null);
    }

    public PriorityReason[] getPriorityReasons() {
        return PriorityReason.values();
    }

    public String getShop() {
        return shop;
    }

    public void setShop(String shop) {
        if (shop != null && !shop.isBlank()) {
            this.shop = shop;
        }
    }

    public String getShopName() {
        return shopName;
    }

    public Step getStep() {
        return step;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public TicketView getTicket() {
        return ticket;
    }
}
