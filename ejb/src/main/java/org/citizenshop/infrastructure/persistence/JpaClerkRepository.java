package org.citizenshop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.citizenshop.domain.model.shop.Shop;
import org.citizenshop.domain.model.staff.Clerk;
import org.citizenshop.domain.model.staff.ClerkRepository;

@ApplicationScoped
public class JpaClerkRepository implements ClerkRepository {

    @PersistenceContext(unitName = "citizen-shop")
    EntityManager em;

    @Override
    public Optional<Clerk> find(String username) {
        return em
                .createQuery("select c from Clerk c left join fetch c.skills where c.username = :username", Clerk.class)
                .setParameter("username", username)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public Optional<Shop> shopOf(String username) {
        return em
                .createQuery("select c.shop from Clerk c where c.username = :username", Shop.class)
                .setParameter("username", username)
                .getResultList()
                .stream()
                .findFirst();
    }
}
