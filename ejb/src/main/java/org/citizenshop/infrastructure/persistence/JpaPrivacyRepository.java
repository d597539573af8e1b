package org.citizenshop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.citizenshop.domain.model.privacy.Consent;
import org.citizenshop.domain.model.privacy.ConsentStatus;
import org.citizenshop.domain.model.privacy.CustomerDisplay;
import org.citizenshop.domain.model.privacy.DataAccess;
import org.citizenshop.domain.model.privacy.PrivacyRepository;
import org.citizenshop.domain.model.shop.Desk;

@ApplicationScoped
public class JpaPrivacyRepository implements PrivacyRepository {

    @PersistenceContext(unitName = "citizen-shop")
    EntityManager em;

    @Override
    public void add(Consent consent) {
        em.persist(consent);
    }

    @Override
    public Optional<Consent> consent(String publicId) {
        return em.createQuery("select c from Consent c where c.publicId = :id", Consent.class)
                .setParameter("id", publicId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Consent> consent(long id) {
        return Optional.ofNullable(em.find(Consent.class, id));
    }

    @Override
    public Optional<Consent> openAt(String deskCode) {
        return em.createQuery(
                        "select c from Consent c where c.deskCode = :desk and c.status = :status"
                                + " order by c.requestedAt desc, c.id desc",
                        Consent.class)
                .setParameter("desk", deskCode)
                .setParameter("status", ConsentStatus.REQUESTED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Consent> consentsOf(String civilId) {
        return em.createQuery(
                        "select c from Consent c where c.subjectCivilId = :civilId order by c.requestedAt desc, c.id desc",
                        Consent.class)
                .setParameter("civilId", civilId)
                .setMaxResults(200)
                .getResultList();
    }

    @Override
    public void add(CustomerDisplay display) {
        em.persist(display);
    }

    @Override
    public Optional<CustomerDisplay> displayByToken(String token) {
        return em.createQuery("select d from CustomerDisplay d where d.tokenHash = :hash", CustomerDisplay.class)
                .setParameter("hash", CustomerDisplay.hash(token))
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<CustomerDisplay> displayByPairingCode(String code) {
        return em.createQuery("select d from CustomerDisplay d where d.pairingCode = :code", CustomerDisplay.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<CustomerDisplay> displayAt(Desk desk) {
        return em.createQuery("select d from CustomerDisplay d where d.desk = :desk", CustomerDisplay.class)
                .setParameter("desk", desk)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void flushDisplays() {
        em.flush();
    }

    @Override
    public void add(DataAccess access) {
        em.persist(access);
    }

    @Override
    public boolean recorded(
            String civilId, String actor, DataAccess.Purpose purpose, String caseReference, Instant since) {
        return !em.createQuery(
                        "select a.id from DataAccess a where a.subjectCivilId = :civilId and a.actor = :actor"
                                + " and a.purpose = :purpose and a.caseReference = :reference and a.accessedAt >= :since",
                        Long.class)
                .setParameter("civilId", civilId)
                .setParameter("actor", actor)
                .setParameter("purpose", purpose)
                .setParameter("reference", caseReference)
                .setParameter("since", since)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<DataAccess> accessesTo(String civilId, int limit) {
        return em.createQuery(
                        "select a from DataAccess a where a.subjectCivilId = :civilId order by a.accessedAt desc, a.id desc",
                        DataAccess.class)
                .setParameter("civilId", civilId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<DataAccess> search(String civilId, String actor, Instant from, Instant to, int limit) {
        StringBuilder jpql =
                new StringBuilder("select a from DataAccess a where a.accessedAt >= :from and a.accessedAt < :to");
        if (civilId != null) {
            jpql.append(" and a.subjectCivilId = :civilId");
        }
        if (actor != null) {
            jpql.append(" and a.actor = :actor");
        }
        jpql.append(" order by a.accessedAt desc, a.id desc");
        TypedQuery<DataAccess> query = em.createQuery(jpql.toString(), DataAccess.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(limit);
        if (civilId != null) {
            query.setParameter("civilId", civilId);
        }
        if (actor != null) {
            query.setParameter("actor", actor);
        }
        return query.getResultList();
    }
}
