package org.citizenshop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.citizenshop.domain.model.appointment.AppointmentStatus;
import org.citizenshop.domain.model.quota.DailyQuota;
import org.citizenshop.domain.model.quota.QuotaRepository;
import org.citizenshop.domain.model.quota.QuotaUsage;
import org.citizenshop.domain.model.shop.Shop;
import org.citizenshop.domain.model.ticket.Channel;
import org.citizenshop.domain.model.ticket.TicketStatus;

@ApplicationScoped
public class JpaQuotaRepository implements QuotaRepository {

    /** Tickets that gave their place back. */
    private static final List<TicketStatus> RELEASED = List.of(TicketStatus.CANCELLED, TicketStatus.NO_SHOW);

    /** Bookings that use a place of the appointment share (checked in late, the citizen took a walk-in ticket). */
    private static final List<AppointmentStatus> HOLDING =
            List.of(AppointmentStatus.BOOKED, AppointmentStatus.CHECKED_IN);

    @PersistenceContext(unitName = "citizen-shop")
    EntityManager em;

    @Override
    public List<DailyQuota> of(Shop shop) {
        return em.createQuery(
                        "select q from DailyQuota q left join fetch q.agency left join fetch q.service"
                                + " where q.shop = :shop",
                        DailyQuota.class)
                .setParameter("shop", shop)
                .getResultList();
    }

    @Override
    public QuotaUsage usage(DailyQuota quota, LocalDate day) {
        String scope = quota.appliesToAgency() ? "s.service.agency.id = :scope" : "s.service.id = :scope";
        Object[] counts = em.createQuery(
                        "select sum(case when t.channel <> :appointment and t.priorityReason is null then 1 else 0 end),"
                                + " sum(case when t.channel <> :appointment and t.priorityReason is not null then 1 else 0 end),"
                                + " count(t)"
                                + " from Ticket t where t.shop = :shop and t.serviceDay = :day and t.status not in :released"
                                + " and t.id in (select t2.id from Ticket t2 join t2.steps s where t2.shop = :shop"
                                + " and t2.serviceDay = :day and " + scope + ")",
                        Object[].class)
                .setParameter("appointment", Channel.APPOINTMENT)
                .setParameter("shop", quota.shop())
                .setParameter("day", day)
                .setParameter("released", RELEASED)
                .setParameter("scope", quota.scopeId())
                .getSingleResult();
        String bookedScope = quota.appliesToAgency() ? "a.service.agency.id = :scope" : "a.service.id = :scope";
        long booked = em.createQuery(
                        "select count(a) from Appointment a where a.shop = :shop and a.serviceDay = :day"
                                + " and a.status in :holding and " + bookedScope,
                        Long.class)
                .setParameter("shop", quota.shop())
                .setParameter("day", day)
                .setParameter("holding", HOLDING)
                .setParameter("scope", quota.scopeId())
                .getSingleResult();
        return new QuotaUsage(count(counts[0]), count(counts[1]), booked);
    }

    private static long count(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }
}
