package org.citizenshop.web.faces;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citizenshop.application.AppointmentView;
import org.citizenshop.application.Appointments;
import org.citizenshop.application.BookingRequest;
import org.citizenshop.application.DaySlots;
import org.citizenshop.application.ServiceOption;
import org.citizenshop.application.ShopDirectory;
import org.citizenshop.application.ShopSummary;
import org.citizenshop.domain.model.DomainException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.appointment.AssistanceNeed;
import org.citizenshop.domain.model.ticket.Channel;

/**
 * Booking an appointment on the web: a service and a day, the day's free slots, the assistance
 * needed, then the confirmation (the manage page, which shows the code). What was chosen stays when
 * something is refused.
 */
@Named
@ViewScoped
public class BookingView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "service", "booking:service",
            "date", "booking:date",
            "start", "booking:slots",
            "language", "booking:language",
            "needs", "booking:needs");

    @Inject
    ShopDirectory directory;

    @Inject
    Appointments appointments;

    @Inject
    Feedback feedback;

    private String shop;
    private ShopSummary summary;
    private List<ServiceOption> services = List.of();
    private String service;
    private String date;
    private DaySlots slots;
    private Instant chosen;
    private List<String> needs = new ArrayList<>();
    private String language;

    public void load() {
        if (shop == null || shop.isBlank()) {
            feedback.info("shop.choose");
            return;
        }
        try {
            summary = directory.shop(shop);
            services = directory.services(shop);
        } catch (DomainException unknown) {
            summary = null;
            feedback.refused(unknown);
        }
    }

    /** The free slots of the chosen service on the chosen day. */
    public void showSlots() {
        chosen = null;
        try {
            slots = appointments.freeSlots(shop, service, day());
        } catch (DomainException refusal) {
            slots = null;
            feedback.refused(refusal, FIELDS);
        } catch (EJBException | ConstraintViolationException failure) {
            feedback.failed(failure);
        }
    }

    public void choose(Instant start) {
        chosen = start;
    }

    public String book() {
        try {
            AppointmentView booked = appointments.book(
                    new BookingRequest(shop, service, chosen, Set.copyOf(needs), language, Channel.WEB));
            return "/appointments/manage?faces-redirect=true&booked=true&code=" + booked.code();
        } catch (DomainException refusal) {
            feedback.refused(refusal, FIELDS);
            if ("appointment.slotTaken".equals(refusal.messageKey())
                    || "appointment.notASlot".equals(refusal.messageKey())) {
                showSlots();
            }
        } catch (EJBException | ConstraintViolationException failure) {
            feedback.failed(failure);
        }
        return null;
    }

    private LocalDate day() {
        try {
            return LocalDate.parse(date == null ? "" : date.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "appointment.dateFormat", "A date looks like 2026-12-01", date);
        }
    }

    public DaySlots.Slot getChosenSlot() {
        if (slots == null || chosen == null) {
            return null;
        }
        return slots.slots().stream()
                .filter(slot -> slot.start().equals(chosen))
                .findFirst()
                .orElse(null);
    }

    public AssistanceNeed[] getNeedOptions() {
        return AssistanceNeed.values();
    }

    public String getToday() {
        return LocalDate.now().toString();
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

    public List<ServiceOption> getServices() {
        return services;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public DaySlots getSlots() {
        return slots;
    }

    public List<String> getNeeds() {
        return needs;
    }

    public void setNeeds(List<String> needs) {
        this.needs = needs == null ? new ArrayList<>() : new ArrayList<>(needs);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
