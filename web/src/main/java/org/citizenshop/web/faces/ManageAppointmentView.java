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
import java.util.Map;
import org.citizenshop.application.AppointmentView;
import org.citizenshop.application.Appointments;
import org.citizenshop.application.DaySlots;
import org.citizenshop.domain.model.DomainException;
import org.citizenshop.domain.model.InvalidInputException;

/** An appointment opened with its code: see it, move it to another free slot, or cancel it. */
@Named
@ViewScoped
public class ManageAppointmentView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS =
            Map.of("code", "manage:code", "date", "manage:date", "start", "manage:slots");

    @Inject
    Appointments appointments;

    @Inject
    Feedback feedback;

    private String code;
    private boolean booked;
    private AppointmentView appointment;
    private String date;
    private DaySlots slots;
    private boolean confirmingCancel;

    public void load() {
        if (code == null || code.isBlank()) {
            feedback.info("appointment.enterCode");
            return;
        }
        try {
            appointment = appointments.appointment(code);
            code = appointment.code();
            if (booked) {
                feedback.info("appointment.booked", appointment.code());
            }
        } catch (DomainException refusal) {
            appointment = null;
            feedback.refused(refusal, FIELDS);
        } catch (EJBException | ConstraintViolationException failure) {
            feedback.failed(failure);
        }
    }

    public void open() {
        booked = false;
        load();
    }

    public void showSlots() {
        try {
            LocalDate day;
            try {
                day = LocalDate.parse(date == null ? "" : date.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("date", "appointment.dateFormat", "Not a date", date);
            }
            slots = appointments.freeSlots(appointment.shop(), appointment.service(), day);
        } catch (DomainException refusal) {
            slots = null;
            feedback.refused(refusal, FIELDS);
        } catch (EJBException | ConstraintViolationException failure) {
            feedback.failed(failure);
        }
    }

    public void moveTo(Instant start) {
        try {
            appointment = appointments.reschedule(code, start);
            slots = null;
            feedback.info("appointment.moved");
        } catch (DomainException refusal) {
            feedback.refused(refusal, FIELDS);
            showSlots();
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
            appointment = appointments.cancel(code);
            feedback.info("appointment.cancelled");
        } catch (DomainException refusal) {
            feedback.refused(refusal);
        } catch (EJBException | ConstraintViolationException failure) {
            feedback.failed(failure);
        }
    }

    public boolean isBookedStatus() {
        return appointment != null && appointment.booked();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isBooked() {
        return booked;
    }

    public void setBooked(boolean booked) {
        this.booked = booked;
    }

    public AppointmentView getAppointment() {
        return appointment;
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

    public boolean isConfirmingCancel() {
        return confirmingCancel;
    }
}
