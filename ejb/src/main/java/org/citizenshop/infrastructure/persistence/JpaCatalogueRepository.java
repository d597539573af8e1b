package org.citizenshop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.citizenshop.domain.model.catalogue.CatalogueRepository;
import org.citizenshop.domain.model.catalogue.LifeEvent;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.catalogue.ServiceCode;
import org.citizenshop.domain.model.catalogue.ServiceQueue;
import org.citizenshop.domain.model.shop.Shop;

@ApplicationScoped
public class JpaCatalogueRepository implements CatalogueRepository {

    @PersistenceContext(unitName = "citizen-shop")
    EntityManager em;

    @Override
    public Optional<PublicService> findService(ServiceCode code) {
        return em
                .createQuery(
                        "select s from PublicService s join fetch s.agency where s.code = :code", PublicService.class)
                .setParameter("code", code.value())
                // Read by every case submitted: the answer kept in the query cache (the service and its agency are
                // in the second-level cache), until a service or an agency changes through this persistence unit.
                .setHint(CacheHints.CACHEABLE, true)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public Optional<ServiceQueue> queueFor(Shop shop, PublicService service) {
        return em
                .createQuery(
                        "select q from ServiceQueue q join q.services s where q.shop = :shop and s = :service",
                        ServiceQueue.class)
                .setParameter("shop", shop)
                .setParameter("service", service)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public List<ServiceQueue> queuesOf(Shop shop) {
        EntityGraph<ServiceQueue> withServicesAndAgencies = em.createEntityGraph(ServiceQueue.class);
        withServicesAndAgencies.addSubgraph("services").addAttributeNodes("agency");
        return em.createQuery(
                        "select distinct q from ServiceQueue q where q.shop = :shop order by q.letter",
                        ServiceQueue.class)
                .setParameter("shop", shop)
                .setHint("jakarta.persistence.fetchgraph", withServicesAndAgencies)
                .getResultList();
    }

    @Override
    public List<PublicService> services() {
        return em.createQuery("select s from PublicService s join fetch s.agency order by s.code", PublicService.class)
                .getResultList();
    }

    @Override
    public void add(PublicService service) {
        em.persist(service);
    }

    @Override
    public List<LifeEvent> lifeEvents() {
        // The steps' services are in the persistence context after this, so reading them costs nothing.
        services();
        return em.createQuery("select e from LifeEvent e left join fetch e.steps order by e.code", LifeEvent.class)
                .getResultList();
    }

    @Override
    public Optional<LifeEvent> findLifeEvent(String code) {
        return em
                .createQuery("select e from LifeEvent e left join fetch e.steps where e.code = :code", LifeEvent.class)
                .setParameter("code", code)
                // Read by the consent of a life event, its answer and its case, several times each: the answer
                // kept in the query cache (the event and its steps are in the second-level cache).
                .setHint(CacheHints.CACHEABLE, true)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public Set<String> serviceCodesOffered(Shop shop) {
        return Set.copyOf(
                em.createQuery("select s.code from ServiceQueue q join q.services s where q.shop = :shop", String.class)
                        .setParameter("shop", shop)
                        .getResultList());
    }
}
