package org.citizenshop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.citizenshop.domain.model.shop.Shop;
import org.citizenshop.domain.model.shop.ShopCode;
import org.citizenshop.domain.model.shop.ShopRepository;

@ApplicationScoped
public class JpaShopRepository implements ShopRepository {

    @PersistenceContext(unitName = "citizen-shop")
    EntityManager em;

    @Override
    public Optional<Shop> find(ShopCode code) {
        return byCode(code, LockModeType.NONE);
    }

    @Override
    public Optional<Shop> findForNumbering(ShopCode code) {
        return byCode(code, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<Shop> byCode(ShopCode code, LockModeType lock) {
        TypedQuery<Shop> query = em.createQuery("select s from Shop s where s.code = :code", Shop.class)
                .setParameter("code", code.value())
                .setLockMode(lock);
        if (lock == LockModeType.NONE) {
            // Read by every case and ticket of the shop: the code's answer kept in the query cache (the shop
            // itself is in the second-level cache), until a shop changes through this persistence unit.
            query.setHint(CacheHints.CACHEABLE, true);
        }
        return query.getResultList().stream().findFirst();
    }

    @Override
    public List<Shop> all() {
        return em.createQuery("select s from Shop s order by s.code", Shop.class)
                .getResultList();
    }
}
