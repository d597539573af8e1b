package org.citizenshop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.citizenshop.domain.model.catalogue.LifeEvent;
import org.citizenshop.domain.model.catalogue.LifeEventVersion;
import org.citizenshop.domain.model.catalogue.LifeEventVersionRepository;

@ApplicationScoped
public class JpaLifeEventVersionRepository implements LifeEventVersionRepository {

    @PersistenceContext(unitName = "citizen-shop")
    EntityManager em;

    @Override
    public List<LifeEventVersion> versionsOf(LifeEvent lifeEvent) {
        return em.createQuery(
                        "select v from LifeEventVersion v where v.lifeEvent = :event order by v.number desc",
                        LifeEventVersion.class)
                .setParameter("event", lifeEvent)
                .getResultList();
    }

    @Override
    public void add(LifeEventVersion version) {
        em.persist(version);
    }
}
