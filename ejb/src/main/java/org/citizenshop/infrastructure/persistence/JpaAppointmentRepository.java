package org.citizenshop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.citizenshop.domain.model.appointment.Appointment;
import org.citizenshop.domain.model.appointment.AppointmentCode;
import org.citizenshop.domain.model.appointment.AppointmentRepository;
import org.citizenshop.domain.model.appointment.AppointmentStatus;
import org.citizenshop.domain.model.appointment.SlotPlanner;
import org.citizenshop.domain.model.shop.Desk;
import org.citizenshop.domain.model.shop.Shop;

@ApplicationScoped
public class JpaAppointmentRepository implements AppointmentRepository {

    /** Bookings that still hold their desk time. */
    private static final List<AppointmentStatus> HOLDING =
            List.of(AppointmentStatus.BOOKED, AppointmentStatus.CHECKED_IN);

    @PersistenceContext(unitName = "citizen-shop")
    EntityManager em;

    @Override
    public void add(Appointment appointment) {
        em.persist(appointment);
    }

    @Override
    public Optional<Appointment> find(AppointmentCode code) {
        return byCode(code, LockModeType.NONE);
    }

    @Override
    public Optional<Appointment> findForUpdate(AppointmentCode code) {
        return byCode(code, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<Appointment> byCode(AppointmentCode code, LockModeType lock) {
        return em
                .createQuery("select a from Appointment a where a.code = :code", Appointment.class)
                .setParameter("code", code.value())
                .setLockMode(lock)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public List<SlotPlanner.Held> held(Collection<Long> deskIds, LocalDate day) {
        if (deskIds.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "select a.desk.id, a.startsAt, a.endsAt from Appointment a where a.desk.id in :desks"
                                + " and a.serviceDay = :day and a.status in :holding",
                        Object[].class)
                .setParameter("desks", deskIds)
                .setParameter("day", day)
                .setParameter("holding", HOLDING)
                .getResultList()
                .stream()
                .map(row -> new SlotPlanner.Held((Long) row[0], (Instant) row[1], (Instant) row[2]))
                .toList();
    }

    @Override
    public boolean deskTaken(Desk desk, Instant start, Instant end, Appointment except) {
        return em.createQuery(
                                "select count(a) from Appointment a where a.desk = :desk and a.status in :holding"
                                        + " and a.startsAt < :end and a.endsAt > :start and a.id <> :except",
                                Long.class)
                        .setParameter("desk", desk)
                        .setParameter("holding", HOLDING)
                        .setParameter("start", start)
                        .setParameter("end", end)
                        .setParameter("except", except == null || except.id() == null ? -1L : except.id())
                        .getSingleResult()
                > 0;
    }

    @Override
    public Optional<Appointment> ofTicket(org.citizenshop.domain.model.ticket.Ticket ticket) {
        return em
                .createQuery("select a from Appointment a where a.ticket = :ticket", Appointment.class)
                .setParameter("ticket", ticket)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public List<Appointment> ofDay(Shop shop, LocalDate day) {
        return em.createQuery(
                        "select a from Appointment a join fetch a.service where a.shop = :shop and a.serviceDay = :day"
                                + " order by a.startsAt, a.id",
                        Appointment.class)
                .setParameter("shop", shop)
                .setParameter("day", day)
                .getResultList();
    }
}
