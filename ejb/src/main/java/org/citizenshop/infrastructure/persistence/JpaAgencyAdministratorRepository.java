package org.citizenshop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.citizenshop.domain.model.staff.AgencyAdministrator;
import org.citizenshop.domain.model.staff.AgencyAdministratorRepository;

@ApplicationScoped
public class JpaAgencyAdministratorRepository implements AgencyAdministratorRepository {

    @PersistenceContext(unitName = "citizen-shop")
    EntityManager em;

    @Override
    public Optional<AgencyAdministrator> find(String username) {
        return em
                .createQuery(
                        "select a from AgencyAdministrator a join fetch a.agency where a.username = :username",
                        AgencyAdministrator.class)
                .setParameter("username", username)
                .getResultList()
                .stream()
                .findFirst();
    }
}
