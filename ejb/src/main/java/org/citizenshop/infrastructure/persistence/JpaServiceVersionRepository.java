package org.citizenshop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.catalogue.ServiceVersion;
import org.citizenshop.domain.model.catalogue.ServiceVersionRepository;

@ApplicationScoped
public class JpaServiceVersionRepository implements ServiceVersionRepository {

    @PersistenceContext(unitName = "citizen-shop")
    EntityManager em;

    @Override
    public List<ServiceVersion> versionsOf(PublicService service) {
        return em.createQuery(
                        "select v from ServiceVersion v where v.service = :service order by v.number desc",
                        ServiceVersion.class)
                .setParameter("service", service)
                .getResultList();
    }

    @Override
    public Optional<ServiceVersion> find(PublicService service, int number) {
        return em
                .createQuery(
                        "select v from ServiceVersion v where v.service = :service and v.number = :number",
                        ServiceVersion.class)
                .setParameter("service", service)
                .setParameter("number", number)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public void add(ServiceVersion version) {
        em.persist(version);
    }

    @Override
    public void remove(ServiceVersion draft) {
        if (draft.status() != org.citizenshop.domain.model.catalogue.VersionStatus.DRAFT) {
            throw new IllegalArgumentException("only a draft is removed");
        }
        em.remove(draft);
    }
}
