package org.citizenshop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.citizenshop.domain.model.catalogue.ServiceQueue;
import org.citizenshop.domain.model.ticket.AlertStatus;
import org.citizenshop.domain.model.ticket.Ticket;
import org.citizenshop.domain.model.ticket.TicketAlert;
import org.citizenshop.domain.model.ticket.TicketAlertRepository;

@ApplicationScoped
public class JpaTicketAlertRepository implements TicketAlertRepository {

    @PersistenceContext(unitName = "citizen-shop")
    EntityManager em;

    @Override
    public void add(TicketAlert alert) {
        em.persist(alert);
    }

    @Override
    public Optional<TicketAlert> find(long id) {
        return Optional.ofNullable(em.find(TicketAlert.class, id));
    }

    @Override
    public Optional<TicketAlert> of(Ticket ticket) {
        return em
                .createQuery("select a from TicketAlert a where a.ticket = :ticket", TicketAlert.class)
                .setParameter("ticket", ticket)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public List<TicketAlert> watching(ServiceQueue queue, LocalDate day) {
        return em.createQuery(
                        "select a from TicketAlert a join fetch a.ticket where a.status = :watching"
                                + " and a.ticket.queue = :queue and a.ticket.serviceDay = :day",
                        TicketAlert.class)
                .setParameter("watching", AlertStatus.WATCHING)
                .setParameter("queue", queue)
                .setParameter("day", day)
                .getResultList();
    }
}
