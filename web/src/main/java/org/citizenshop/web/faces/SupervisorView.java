package org.citizenshop.web.faces;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import org.citizenshop.application.AppointmentView;
import org.citizenshop.application.Appointments;
import org.citizenshop.application.DayClosing;
import org.citizenshop.application.FloorSupervision;
import org.citizenshop.application.FloorView;
import org.citizenshop.application.QueueState;
import org.citizenshop.application.ShopDirectory;
import org.citizenshop.application.ShopSummary;
import org.citizenshop.domain.model.DomainException;

/** The supervisor's live floor of one shop, refreshed every few seconds, with the day's and desks' controls. */
@Named
@ViewScoped
public class SupervisorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FloorSupervision supervision;

    @Inject
    ShopDirectory directory;

    @Inject
    DeskSession session;

    @Inject
    Feedback feedback;

    @Inject
    Appointments appointments;

    private List<ShopSummary> shops = List.of();
    private FloorView floor;
    private List<AppointmentView> todaysAppointments = List.of();

    public void load() {
        shops = session.workable(directory.shops());
        refresh();
    }

    /** Called by the poll and after every action. */
    public void refresh() {
        try {
            floor = supervision.floor(session.shop());
            todaysAppointments = appointments.ofDay(
                    session.shop(),
                    java.time.LocalDate.now(
                            java.time.ZoneId.of(directory.shop(session.shop()).timeZone())));
        } catch (DomainException refusal) {
            feedback.refused(refusal);
        }
    }

    public void openDay() {
        act(() -> supervision.openDay(session.shop()), "supervisor.dayOpened");
    }

    public void closeDay() {
        try {
            DayClosing closing = supervision.closeDay(session.shop());
            feedback.info(
                    "supervisor.dayClosed", closing.closed(), closing.carriedOver(), closing.missedAppointments());
        } catch (DomainException refusal) {
            feedback.refused(refusal);
        } catch (EJBException | ConstraintViolationException failure) {
            feedback.failed(failure);
        }
        refresh();
    }

    public void closeDesk(String desk) {
        act(() -> supervision.closeDesk(desk), "supervisor.deskClosed");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            feedback.info(doneKey);
        } catch (DomainException refusal) {
            feedback.refused(refusal);
        } catch (EJBException | ConstraintViolationException failure) {
            feedback.failed(failure);
        }
        refresh();
    }

    public boolean alerted(QueueState queue) {
        return floor != null && floor.alerts().contains(queue.code());
    }

    public List<ShopSummary> getShops() {
        return shops;
    }

    public String getShop() {
        return session.shop();
    }

    public void setShop(String shop) {
        session.shop(shop);
    }

    /** The shop's bookings of the day, in slot order, with the assistance asked for. */
    public List<AppointmentView> getTodaysAppointments() {
        return todaysAppointments;
    }

    public FloorView getFloor() {
        return floor;
    }
}
