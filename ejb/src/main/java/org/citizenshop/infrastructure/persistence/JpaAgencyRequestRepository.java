package org.citizenshop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.citizenshop.domain.model.agencyrequest.AgencyRequest;
import org.citizenshop.domain.model.agencyrequest.AgencyRequestRepository;
import org.citizenshop.domain.model.agencyrequest.RequestKey;

@ApplicationScoped
public class JpaAgencyRequestRepository implements AgencyRequestRepository {

    @PersistenceContext(unitName = "citizen-shop")
    EntityManager em;

    @Override
    public void add(AgencyRequest request) {
        em.persist(request);
    }

    @Override
    public Optional<AgencyRequest> find(RequestKey key) {
        return em
                .createQuery("select r from AgencyRequest r where r.requestKey = :key", AgencyRequest.class)
                .setParameter("key", key.value())
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public List<AgencyRequest> ofTicket(long ticketId) {
        return em.createQuery(
                        "select r from AgencyRequest r where r.ticket.id = :ticket order by r.createdAt desc",
                        AgencyRequest.class)
                .setParameter("ticket", ticketId)
                .getResultList();
    }
}
