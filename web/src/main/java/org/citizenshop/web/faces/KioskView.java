package org.citizenshop.web.faces;

import jakarta.ejb.EJBException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citizenshop.application.AppointmentView;
import org.citizenshop.application.Appointments;
import org.citizenshop.application.BookingRequest;
import org.citizenshop.application.CatalogueServiceView;
import org.citizenshop.application.DaySlots;
import org.citizenshop.application.FinderHit;
import org.citizenshop.application.LifeEventView;
import org.citizenshop.application.ServiceFinder;
import org.citizenshop.application.ServiceOption;
import org.citizenshop.application.ShopDirectory;
import org.citizenshop.application.TicketIssuing;
import org.citizenshop.application.TicketRequest;
import org.citizenshop.application.TicketView;
import org.citizenshop.domain.model.DomainException;
import org.citizenshop.domain.model.quota.QuotaReachedException;
import org.citizenshop.domain.model.ticket.Channel;
import org.citizenshop.domain.model.ticket.PriorityReason;
import org.citizenshop.domain.model.ticket.Ticket;
import org.citizenshop.web.i18n.Texts;

/**
 * The kiosk's flows for one shop. A ticket: language, one or more services (a journey of up to ten,
 * one number), priority, ticket. An appointment: its code, checked in to a ticket. When the day's
 * quota is used up, the next free appointment is offered and booked on the spot. Anything a citizen
 * chose stays on screen when something is refused; "Finish" wipes it for the next person.
 */
@Named
@ViewScoped
public class KioskView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The screens of the flows. */
    public enum Step {
        LANGUAGE,
        SERVICE,
        CONFIRM,
        TICKET,
        CHECK_IN,
        QUOTA,
        BOOKED
    }

    @Inject
    ShopDirectory directory;

    @Inject
    TicketIssuing issuing;

    @Inject
    Appointments appointments;

    @Inject
    LocaleSelection language;

    @Inject
    Feedback feedback;

    @Inject
    ServiceFinder finder;

    private String shop = "LX-LARANJEIRAS";
    private String shopName;
    private Step step = Step.LANGUAGE;
    private List<ServiceOption> services = List.of();
    private final List<String> chosen = new ArrayList<>();
    private String priority = "";
    private TicketView ticket;
    private String appointmentCode;
    private AppointmentView appointment;
    private boolean lateForAppointment;
    private String fullService;
    private DaySlots.Slot offer;
    private String finderText;
    /** The finder's last answers, by code, to know what a chosen answer was. */
    private final Map<String, FinderHit> lastHits = new LinkedHashMap<>();

    @Inject
    KioskIntent intent;

    private List<LifeEventView> selfServiceEvents;
    private LifeEventView loginNeededFor;

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

    /** Adds a service to the visit (a second tap on a chosen one changes nothing) and shows the visit. */
    public void chooseService(String code) {
        if (!chosen.contains(code) && chosen.size() < Ticket.MAX_SERVICES) {
            chosen.add(code);
        }
        step = Step.CONFIRM;
    }

    /** The finder's answers to what the citizen typed so far. */
    public List<FinderHit> complete(String typed) {
        try {
            List<FinderHit> hits = finder.search(typed, language.getLanguage(), shop, 8);
            lastHits.clear();
            hits.forEach(hit -> lastHits.put(hit.code(), hit));
            return hits;
        } catch (DomainException refused) {
            feedback.refused(refused);
            return List.of();
        }
    }

    /**
     * The finder's answer as the list shows it: its name, and what it is (a life event, or the
     * agency). The component also asks for the label of the box's own text, which is no answer.
     */
    public String hitLabel(Object answer) {
        if (!(answer instanceof FinderHit hit)) {
            return answer == null ? "" : answer.toString();
        }
        String name = hit.name().in(language.getLocale());
        String what = FinderHit.LIFE_EVENT.equals(hit.kind())
                ? Texts.text(language.getLocale(), "kiosk.finder.lifeEvent")
                : hit.summary().in(language.getLocale());
        return name + " — " + what;
    }

    /**
     * A service found is added to the visit; a life event adds its steps that this shop does (every
     * step the citizen must go through, or all of them when each is his choice: he removes the ones
     * he does not want on the next screen).
     */
    public void chooseFound(String code) {
        FinderHit hit = lastHits.get(code);
        finderText = null;
        if (hit == null) {
            return;
        }
        List<String> offered = services.stream().map(ServiceOption::code).toList();
        List<String> codes;
        if (FinderHit.LIFE_EVENT.equals(hit.kind())) {
            LifeEventView event = finder.lifeEvent(code);
            boolean anyRequired = event.steps().stream().anyMatch(step -> !step.optional());
            codes = event.steps().stream()
                    .filter(step -> !anyRequired || !step.optional())
                    .map(LifeEventView.Step::service)
                    .toList();
        } else {
            codes = List.of(code);
        }
        List<String> here = codes.stream().filter(offered::contains).toList();
        if (here.isEmpty()) {
            feedback.info("kiosk.finder.notHere", hit.name().in(language.getLocale()));
            return;
        }
        here.forEach(this::chooseService);
    }

    /** The life events a citizen can do here himself, logged in (a kiosk channel for every step). */
    public List<LifeEventView> getSelfServiceEvents() {
        if (selfServiceEvents == null) {
            selfServiceEvents = finder.lifeEvents().stream()
                    .filter(event -> !"DESK".equals(event.channels()))
                    .toList();
        }
        return selfServiceEvents;
    }

    /**
     * A citizen chose to do a life event here: logged in as a citizen, he goes to its form; not
     * logged in, the kiosk says it needs Chave Móvel Digital and offers the login or a ticket.
     */
    public String chooseSelfService(String code) {
        jakarta.faces.context.ExternalContext context =
                jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        if (context.isUserInRole(org.citizenshop.application.Roles.CITIZEN)) {
            return "/kiosk/self.xhtml?faces-redirect=true&shop=" + shop + "&event=" + code;
        }
        loginNeededFor = getSelfServiceEvents().stream()
                .filter(event -> event.code().equals(code))
                .findFirst()
                .orElse(null);
        if (loginNeededFor != null) {
            intent.choose(shop, loginNeededFor.code());
        }
        return null;
    }

    /** Instead of logging in, a ticket for the desk for the life event's steps. */
    public void ticketInstead() {
        if (loginNeededFor == null) {
            return;
        }
        LifeEventView event = loginNeededFor;
        loginNeededFor = null;
        List<String> offered = services.stream().map(ServiceOption::code).toList();
        event.steps().stream()
                .filter(step -> !step.optional())
                .map(LifeEventView.Step::service)
                .filter(offered::contains)
                .forEach(this::chooseService);
    }

    public LifeEventView getLoginNeededFor() {
        return loginNeededFor;
    }

    /** What to bring for the services of the visit, each item once. */
    public List<String> getWhatToBring() {
        Map<String, CatalogueServiceView> catalogue = new LinkedHashMap<>();
        finder.services().forEach(service -> catalogue.put(service.code(), service));
        return chosen.stream()
                .map(catalogue::get)
                .filter(java.util.Objects::nonNull)
                .flatMap(service -> service.whatToBring().stream())
                .map(item -> item.in(language.getLocale()))
                .distinct()
                .toList();
    }

    public String getFinderText() {
        return finderText;
    }

    public void setFinderText(String finderText) {
        this.finderText = finderText;
    }

    public void removeService(String code) {
        chosen.remove(code);
        if (chosen.isEmpty()) {
            priority = "";
            step = Step.SERVICE;
        }
    }

    /** Back to the services to add another one to the same ticket. */
    public void addAnother() {
        step = Step.SERVICE;
    }

    public boolean canAddAnother() {
        return chosen.size() < Ticket.MAX_SERVICES;
    }

    public void back() {
        step = switch (step) {
            case CONFIRM -> Step.SERVICE;
            case QUOTA -> Step.CONFIRM;
            case CHECK_IN -> Step.SERVICE;
            default -> Step.LANGUAGE;
        };
    }

    public void take() {
        try {
            ticket = issuing.take(new TicketRequest(
                    shop,
                    List.copyOf(chosen),
                    priority == null || priority.isEmpty() ? null : PriorityReason.valueOf(priority),
                    Channel.KIOSK,
                    clientAddress()));
            step = Step.TICKET;
        } catch (QuotaReachedException full) {
            offerAnAppointment(full);
        } catch (DomainException refusal) {
            feedback.refused(refusal);
        } catch (EJBException | ConstraintViolationException failure) {
            feedback.failed(failure);
        }
    }

    private void offerAnAppointment(QuotaReachedException full) {
        feedback.refused(full);
        fullService = full.service().orElse(chosen.get(0));
        try {
            offer = appointments.nextFree(shop, fullService).orElse(null);
        } catch (DomainException refusal) {
            offer = null;
            feedback.refused(refusal);
        }
        step = Step.QUOTA;
    }

    /** Books the appointment offered when the day's tickets ran out. */
    public void bookOffer() {
        if (offer == null) {
            return;
        }
        try {
            appointment = appointments.book(
                    new BookingRequest(shop, fullService, offer.start(), Set.of(), null, Channel.KIOSK));
            step = Step.BOOKED;
        } catch (DomainException refusal) {
            feedback.refused(refusal);
            offer = appointments.nextFree(shop, fullService).orElse(null);
        } catch (EJBException | ConstraintViolationException failure) {
            feedback.failed(failure);
        }
    }

    public void haveAnAppointment() {
        step = Step.CHECK_IN;
    }

    public void checkIn() {
        try {
            Appointments.CheckIn checkIn = appointments.checkIn(appointmentCode, Channel.KIOSK);
            appointment = checkIn.appointment();
            ticket = checkIn.ticket();
            lateForAppointment = checkIn.late();
            step = Step.TICKET;
        } catch (DomainException refusal) {
            feedback.refused(refusal, Map.of("code", "kiosk:appointment-code"));
        } catch (EJBException | ConstraintViolationException failure) {
            feedback.failed(failure);
        }
    }

    /** Ready for the next citizen: nothing of this one is left on screen. */
    public void finish() {
        ticket = null;
        chosen.clear();
        priority = "";
        appointmentCode = null;
        appointment = null;
        lateForAppointment = false;
        fullService = null;
        offer = null;
        finderText = null;
        lastHits.clear();
        language.use("pt");
        step = Step.LANGUAGE;
        load();
    }

    private static String clientAddress() {
        return ((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    /** The address of the ticket's own page, for the QR code printed on the ticket. */
    public String getTicketPageUrl() {
        if (ticket == null || ticket.accessCode() == null) {
            return null;
        }
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        String base = request.getRequestURL().toString();
        base = base.substring(0, base.length() - request.getRequestURI().length());
        return base + context.getRequestContextPath() + "/ticket/?code=" + ticket.accessCode();
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

    public boolean isChosen(String code) {
        return chosen.contains(code);
    }

    /** The services of the visit, in the order chosen (the first decides the queue). */
    public List<ServiceOption> getChosenServices() {
        List<ServiceOption> visit = new ArrayList<>();
        for (String code : chosen) {
            services.stream()
                    .filter(option -> option.code().equals(code))
                    .findFirst()
                    .ifPresent(visit::add);
        }
        return visit;
    }

    public ServiceOption getFullServiceOption() {
        return services.stream()
                .filter(option -> option.code().equals(fullService))
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

    public String getAppointmentCode() {
        return appointmentCode;
    }

    public void setAppointmentCode(String appointmentCode) {
        this.appointmentCode = appointmentCode;
    }

    public AppointmentView getAppointment() {
        return appointment;
    }

    public boolean isLateForAppointment() {
        return lateForAppointment;
    }

    public DaySlots.Slot getOffer() {
        return offer;
    }
}
