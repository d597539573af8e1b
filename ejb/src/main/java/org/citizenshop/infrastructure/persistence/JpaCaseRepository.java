package org.citizenshop.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.citizenshop.domain.model.agencyrequest.RequestKey;
import org.citizenshop.domain.model.cases.CaseReference;
import org.citizenshop.domain.model.cases.CaseRepository;
import org.citizenshop.domain.model.cases.CaseTask;
import org.citizenshop.domain.model.cases.CitizenCase;
import org.citizenshop.domain.model.cases.ProofDocument;
import org.citizenshop.domain.model.cases.ProofSummary;
import org.citizenshop.domain.model.cases.TaskStatus;
import org.citizenshop.infrastructure.migration.V21__CaseNumberSequences;

@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

    /** Hibernate's lock timeout meaning SKIP LOCKED: rows held by another caller are passed over. */
    private static final int SKIP_LOCKED = -2;

    @PersistenceContext(unitName = "citizen-shop")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /**
     * The next value of the year's sequence (V21): two submissions never get the same number, and
     * neither waits for the other; a number whose submission rolls back is not given again.
     * {@code nextval('…')} is understood by PostgreSQL and H2 alike.
     */
    @Override
    public int nextNumber(int year) {
        // A sequence depends on nothing the persistence context holds: no flush before it.
        Number next =
                (Number) em.createNativeQuery("select nextval('" + V21__CaseNumberSequences.sequenceOf(year) + "')")
                        .setFlushMode(FlushModeType.COMMIT)
                        .getSingleResult();
        return Math.toIntExact(next.longValue());
    }

    @Override
    public void add(CitizenCase citizenCase) {
        em.persist(citizenCase);
    }

    @Override
    public Optional<CitizenCase> find(CaseReference reference) {
        return em
                .createQuery("select c from CitizenCase c where c.reference = :reference", CitizenCase.class)
                .setParameter("reference", reference.value())
                .getResultList()
                .stream()
                .findFirst();
    }

    /**
     * The task with this key. A delivery asks for its task twice in one transaction (what to send, then
     * the agency's answer): the second time it is the one already loaded, not read again.
     */
    @Override
    public Optional<CaseTask> findTask(RequestKey key) {
        String slot = CaseTask.class.getName() + ':' + key.value();
        boolean inTransaction = transaction.getTransactionKey() != null;
        if (inTransaction && transaction.getResource(slot) instanceof CaseTask loaded && em.contains(loaded)) {
            return Optional.of(loaded);
        }
        Optional<CaseTask> found = em
                .createQuery(
                        "select t from CaseTask t join fetch t.citizenCase where t.requestKey = :key", CaseTask.class)
                .setParameter("key", key.value())
                .getResultList()
                .stream()
                .findFirst();
        if (inTransaction) {
            found.ifPresent(task -> transaction.putResource(slot, task));
        }
        return found;
    }

    @Override
    public List<CitizenCase> ofTicket(long ticketId) {
        return em.createQuery(
                        "select c from CitizenCase c where c.ticket.id = :ticket order by c.submittedAt desc",
                        CitizenCase.class)
                .setParameter("ticket", ticketId)
                .getResultList();
    }

    @Override
    public List<CitizenCase> proposedTo(String civilId) {
        return em.createQuery(
                        "select c from CitizenCase c where c.awaitingConsent = true"
                                + " and (c.proposedFor = :citizen or c.proposedForOther = :citizen) order by c.submittedAt",
                        CitizenCase.class)
                .setParameter("citizen", civilId)
                .getResultList();
    }

    @Override
    public boolean hasEvent(String sourceEventId) {
        return !em.createQuery("select c.id from CitizenCase c where c.sourceEventId = :event", Long.class)
                .setParameter("event", sourceEventId)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void loadTasks(Collection<RequestKey> keys) {
        if (keys.isEmpty() || transaction.getTransactionKey() == null) {
            return;
        }
        List<CaseTask> loaded = em.createQuery(
                        "select t from CaseTask t join fetch t.citizenCase where t.requestKey in :keys", CaseTask.class)
                .setParameter("keys", keys.stream().map(RequestKey::value).toList())
                .getResultList();
        for (CaseTask task : loaded) {
            transaction.putResource(CaseTask.class.getName() + ':' + task.key().value(), task);
        }
    }

    /**
     * {@code for update skip locked} on PostgreSQL (and H2): workers of several nodes claiming at the
     * same moment each get other tasks, and none waits for another. The status is a literal in the
     * statement, not a parameter: PostgreSQL's partial index of the pending tasks (V31) serves only a
     * statement that says {@code status = 'PENDING'} itself, and a prepared statement's generic plan
     * with a parameter there scanned every pending task, those waiting for another step included.
     */
    @Override
    public List<CaseTask> lockDue(Instant now, int max) {
        return em.createQuery(
                        "select t from CaseTask t"
                                + " where t.status = org.citizenshop.domain.model.cases.TaskStatus.PENDING"
                                + " and t.nextAttemptAt <= :now order by t.nextAttemptAt",
                        CaseTask.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .getResultList();
    }

    @Override
    public int releaseClaims(String node, Instant now) {
        return em.createQuery("update CaseTask t set t.nextAttemptAt = :now, t.claimedBy = null"
                        + " where t.claimedBy = :node and t.status = :pending")
                .setParameter("now", now)
                .setParameter("node", node)
                .setParameter("pending", TaskStatus.PENDING)
                .executeUpdate();
    }

    @Override
    public List<CaseTask> tasksIn(TaskStatus status, int limit) {
        return em.createQuery(
                        "select t from CaseTask t join fetch t.citizenCase where t.status = :status order by t.updatedAt",
                        CaseTask.class)
                .setParameter("status", status)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void addProof(ProofDocument proof) {
        em.persist(proof);
        proof.verificationCode().ifPresent(code -> codesKeptNow().add(code));
    }

    /**
     * Whether a document already kept, or kept earlier in this transaction, has this verification code.
     * The query does not flush the transaction's changes first (with a batch of answers in one
     * transaction, each flush would dirty-check everything loaded so far): the codes this transaction
     * kept are remembered instead.
     */
    @Override
    public boolean verificationCodeTaken(String verificationCode) {
        if (codesKeptNow().contains(verificationCode)) {
            return true;
        }
        return !em.createQuery("select p.id from ProofDocument p where p.verificationCode = :code", Long.class)
                .setParameter("code", verificationCode)
                .setFlushMode(FlushModeType.COMMIT)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Set<String> codesKeptNow() {
        if (transaction.getTransactionKey() == null) {
            return new HashSet<>();
        }
        String slot = ProofDocument.class.getName() + ":codes";
        Object codes = transaction.getResource(slot);
        if (codes == null) {
            codes = new HashSet<String>();
            transaction.putResource(slot, codes);
        }
        return (Set<String>) codes;
    }

    /** Selects every column but the bytes, so that a board never loads a document. */
    private static final String SUMMARY =
            "select new org.citizenshop.domain.model.cases.ProofSummary(t.id, t.requestKey,"
                    + " p.verificationCode, p.sha256, p.contentType, p.fileName, p.sizeBytes, p.problem, p.receivedAt)"
                    + " from ProofDocument p join p.task t";

    @Override
    public List<ProofSummary> proofsOf(CitizenCase citizenCase) {
        return em.createQuery(SUMMARY + " where t.citizenCase = :owner", ProofSummary.class)
                .setParameter("owner", citizenCase)
                .getResultList();
    }

    @Override
    public Optional<ProofDocument> proofOf(CaseTask task) {
        return em
                .createQuery("select p from ProofDocument p where p.task = :task", ProofDocument.class)
                .setParameter("task", task)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public Optional<ProofSummary> proofWithCode(String verificationCode) {
        return em
                .createQuery(SUMMARY + " where p.verificationCode = :code", ProofSummary.class)
                .setParameter("code", verificationCode)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public Optional<ProofSummary> proofWithDigest(String sha256) {
        return em
                .createQuery(SUMMARY + " where p.sha256 = :digest order by p.id", ProofSummary.class)
                .setParameter("digest", sha256)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public List<CitizenCase> underConsent(long consentId) {
        return em.createQuery("select c from CitizenCase c where c.consentId = :consent", CitizenCase.class)
                .setParameter("consent", consentId)
                .getResultList();
    }
}
