package org.citizenshop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.citizenshop.domain.model.catalogue.ServiceQueue;
import org.citizenshop.domain.model.shop.Desk;
import org.citizenshop.domain.model.shop.DeskCode;
import org.citizenshop.domain.model.shop.DeskRepository;
import org.citizenshop.domain.model.shop.DeskStatus;
import org.citizenshop.domain.model.shop.Shop;

@ApplicationScoped
public class JpaDeskRepository implements DeskRepository {

    @PersistenceContext(unitName = "citizen-shop")
    EntityManager em;

    @Override
    public Optional<Desk> find(DeskCode code) {
        return byCode(code, LockModeType.NONE);
    }

    @Override
    public List<Desk> serving(Shop shop, Long serviceId) {
        return em.createQuery(
                        "select distinct d from Desk d left join fetch d.hours join d.services s"
                                + " where d.shop = :shop and s.id = :service order by d.number",
                        Desk.class)
                .setParameter("shop", shop)
                .setParameter("service", serviceId)
                .getResultList();
    }

    @Override
    public Optional<Desk> lockById(Long id) {
        return Optional.ofNullable(em.find(Desk.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Desk> findForUpdate(DeskCode code) {
        return byCode(code, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<Desk> byCode(DeskCode code, LockModeType lock) {
        if (lock == LockModeType.NONE) {
            return em
                    .createQuery("select d from Desk d join fetch d.shop where d.code = :code", Desk.class)
                    .setParameter("code", code.value())
                    .getResultList()
                    .stream()
                    .findFirst();
        }
        // No join here: on PostgreSQL a locking query locks the row of every table it joins, and the
        // shop's row must stay free (every desk of the shop would otherwise wait for the others).
        return em
                .createQuery("select d from Desk d where d.code = :code", Desk.class)
                .setParameter("code", code.value())
                .setLockMode(lock)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public List<Desk> ofShop(Shop shop) {
        return em.createQuery("select d from Desk d where d.shop = :shop order by d.number", Desk.class)
                .setParameter("shop", shop)
                .getResultList();
    }

    @Override
    public long openDesksServing(Shop shop, Long serviceId) {
        return em.createQuery(
                        "select count(d) from Desk d join d.services s"
                                + " where d.shop = :shop and d.status = :open and s.id = :service",
                        Long.class)
                .setParameter("shop", shop)
                .setParameter("open", DeskStatus.OPEN)
                .setParameter("service", serviceId)
                .getSingleResult();
    }

    @Override
    public long openDesksServing(ServiceQueue queue) {
        return em.createQuery(
                        "select count(distinct d) from Desk d join d.services s where d.shop = :shop"
                                + " and d.status = :open and s in (select qs from ServiceQueue q join q.services qs"
                                + " where q = :queue)",
                        Long.class)
                .setParameter("shop", queue.shop())
                .setParameter("open", DeskStatus.OPEN)
                .setParameter("queue", queue)
                .getSingleResult();
    }
}
