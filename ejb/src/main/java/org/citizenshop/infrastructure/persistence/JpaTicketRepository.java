package org.citizenshop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.citizenshop.domain.model.catalogue.ServiceQueue;
import org.citizenshop.domain.model.shop.Desk;
import org.citizenshop.domain.model.shop.Shop;
import org.citizenshop.domain.model.ticket.AccessCode;
import org.citizenshop.domain.model.ticket.Channel;
import org.citizenshop.domain.model.ticket.ClientFingerprint;
import org.citizenshop.domain.model.ticket.QueueLine;
import org.citizenshop.domain.model.ticket.StepStatus;
import org.citizenshop.domain.model.ticket.Ticket;
import org.citizenshop.domain.model.ticket.TicketCall;
import org.citizenshop.domain.model.ticket.TicketRepository;
import org.citizenshop.domain.model.ticket.TicketSeries;
import org.citizenshop.domain.model.ticket.TicketStatus;
import org.citizenshop.domain.model.ticket.WaitingCount;

@ApplicationScoped
public class JpaTicketRepository implements TicketRepository {

    /** Hibernate's lock timeout meaning SKIP LOCKED: rows held by another caller are passed over. */
    private static final int SKIP_LOCKED = -2;

    private static final int SERVICE_TIME_SAMPLE = 20;

    @PersistenceContext(unitName = "citizen-shop")
    EntityManager em;

    @Inject
    WaitingCountBases bases;

    @Inject
    Clock clock;

    @Override
    public void add(Ticket ticket) {
        em.persist(ticket);
    }

    /** A ticket with what every view of it shows: one statement instead of one per association. */
    private static final String WITH_VIEW = "select t from Ticket t join fetch t.shop join fetch t.queue"
            + " join fetch t.service left join fetch t.steps";

    @Override
    public Optional<Ticket> find(long id) {
        return Optional.ofNullable(em.find(Ticket.class, id));
    }

    @Override
    public Optional<Ticket> find(AccessCode code) {
        return em
                .createQuery(WITH_VIEW + " where t.accessCode = :code", Ticket.class)
                .setParameter("code", code.value())
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public Optional<Ticket> findForView(long id) {
        return em
                .createQuery(WITH_VIEW + " where t.id = :id", Ticket.class)
                .setParameter("id", id)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public TicketSeries series(Shop lockedShop, LocalDate day, char letter) {
        TicketSeries series = em.find(TicketSeries.class, new TicketSeries.Key(lockedShop.id(), day, letter));
        if (series == null) {
            series = new TicketSeries(lockedShop.id(), day, letter);
            em.persist(series);
        }
        return series;
    }

    @Override
    public Optional<Ticket> lockNextFor(
            Desk desk, Collection<Long> serviceIds, LocalDate day, boolean priorityFirst, Instant appointmentsDueBy) {
        if (serviceIds.isEmpty()) {
            return Optional.empty();
        }
        // One narrow query per rank, each walking an index in call order and stopping at the first
        // row nobody else holds: cheap however long the queue, and no ticket is ever locked twice.
        String priority = "t.assignedDesk is null and t.priorityReason is not null";
        String normal = "t.assignedDesk is null and t.priorityReason is null";
        return lockFirst(desk, serviceIds, day, "t.assignedDesk.id = :desk", "t.issuedAt, t.id", appointmentsDueBy)
                .or(() -> lockFirst(
                        desk,
                        serviceIds,
                        day,
                        "t.assignedDesk is null and t.appointmentAt <= :dueBy",
                        "t.appointmentAt, t.id",
                        appointmentsDueBy))
                .or(() -> lockFirst(desk, serviceIds, day, priorityFirst ? priority : normal, "t.issuedAt, t.id", null))
                .or(() ->
                        lockFirst(desk, serviceIds, day, priorityFirst ? normal : priority, "t.issuedAt, t.id", null));
    }

    private Optional<Ticket> lockFirst(
            Desk desk, Collection<Long> serviceIds, LocalDate day, String rank, String order, Instant dueBy) {
        TypedQuery<Ticket> query = em.createQuery(
                        "select t from Ticket t where t.shop = :shop and t.serviceDay = :day"
                                + " and t.status = :waiting and t.service.id in " + idList(serviceIds) + " and " + rank
                                + " order by " + order,
                        Ticket.class)
                .setParameter("shop", desk.shop())
                .setParameter("day", day)
                .setParameter("waiting", TicketStatus.WAITING);
        if (rank.contains(":desk")) {
            query.setParameter("desk", desk.id());
        }
        if (rank.contains(":dueBy")) {
            query.setParameter("dueBy", dueBy);
        }
        return query
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public Optional<Ticket> atDesk(Desk desk) {
        return em
                .createQuery(
                        "select t from Ticket t where t.desk = :desk and (t.status = :called or t.status = :inService)",
                        Ticket.class)
                .setParameter("desk", desk)
                .setParameter("called", TicketStatus.CALLED)
                .setParameter("inService", TicketStatus.IN_SERVICE)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public Optional<Ticket> findForUpdate(long id) {
        return Optional.ofNullable(em.find(Ticket.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public long waitingIn(ServiceQueue queue, LocalDate day) {
        return em.createQuery(
                        "select count(t) from Ticket t where t.queue = :queue and t.serviceDay = :day"
                                + " and t.status = :waiting",
                        Long.class)
                .setParameter("queue", queue)
                .setParameter("day", day)
                .setParameter("waiting", TicketStatus.WAITING)
                .getSingleResult();
    }

    @Override
    public QueueLine line(ServiceQueue queue, LocalDate day) {
        Object[] row = waitingTotals(
                queue,
                day,
                "count(t), sum(case when t.priorityReason is null then 0 else 1 end), min(t.issuedAt)",
                "",
                query -> query);
        return new QueueLine(count(row[0]), count(row[1]), (Instant) row[2]);
    }

    /**
     * Totals over the queue's waiting tickets of the day, of those the condition keeps: one row of the
     * given select list; the condition's parameters are set by {@code withParameters}.
     */
    private Object[] waitingTotals(
            ServiceQueue queue,
            LocalDate day,
            String selectList,
            String condition,
            UnaryOperator<TypedQuery<Object[]>> withParameters) {
        return withParameters
                .apply(em.createQuery(
                                "select " + selectList
                                        + " from Ticket t where t.queue = :queue and t.serviceDay = :day"
                                        + " and t.status = :waiting" + condition,
                                Object[].class)
                        .setParameter("queue", queue)
                        .setParameter("day", day)
                        .setParameter("waiting", TicketStatus.WAITING))
                .getSingleResult();
    }

    /**
     * Identifiers as a JPQL list of literals, in ascending order: {@code (4, 6)}. Hibernate keeps no
     * plan of a query with a list parameter and translates it again on every execution, which made
     * most of call next's CPU; with the list in the text, each desk's query is translated once. The
     * identifiers are the database's own numbers, never a caller's text.
     */
    static String idList(Collection<Long> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("an empty list matches nothing: ask no query");
        }
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }

    /** A count or sum of a totals row: a sum over no row is null. */
    private static long count(Object total) {
        return total == null ? 0 : ((Number) total).longValue();
    }

    @Override
    public List<Ticket> unserved(Shop shop, LocalDate day) {
        return em.createQuery(
                        "select t from Ticket t where t.shop = :shop and t.serviceDay = :day and t.status in :unserved"
                                + " order by t.issuedAt, t.id",
                        Ticket.class)
                .setParameter("shop", shop)
                .setParameter("day", day)
                .setParameter("unserved", List.of(TicketStatus.WAITING, TicketStatus.CALLED))
                .getResultList();
    }

    @Override
    public long waitingFor(Desk desk, Collection<Long> serviceIds, LocalDate day) {
        if (serviceIds.isEmpty()) {
            return 0;
        }
        return em.createQuery(
                        "select count(t) from Ticket t where t.shop = :shop and t.serviceDay = :day"
                                + " and t.status = :waiting and t.service.id in " + idList(serviceIds)
                                + " and (t.assignedDesk is null or t.assignedDesk.id = :desk)",
                        Long.class)
                .setParameter("shop", desk.shop())
                .setParameter("day", day)
                .setParameter("waiting", TicketStatus.WAITING)
                .setParameter("desk", desk.id())
                .getSingleResult();
    }

    @Override
    public long waitingAhead(Ticket ticket) {
        // Checked-in appointments go ahead of walk-ins (an estimate: they are called when their slot is due).
        if (ticket.appointmentAt().isPresent()) {
            return em.createQuery(
                            "select count(t) from Ticket t where t.queue = :queue and t.serviceDay = :day"
                                    + " and t.status = :waiting and t.id <> :id and t.appointmentAt is not null"
                                    + " and (t.appointmentAt < :at or (t.appointmentAt = :at and t.id < :id))",
                            Long.class)
                    .setParameter("queue", ticket.queue())
                    .setParameter("day", ticket.serviceDay())
                    .setParameter("waiting", TicketStatus.WAITING)
                    .setParameter("id", ticket.id())
                    .setParameter("at", ticket.appointmentAt().get())
                    .getSingleResult();
        }
        String earlier = "(t.issuedAt < :issued or (t.issuedAt = :issued and t.id < :id))";
        String ahead = ticket.isPriority()
                ? " and (t.appointmentAt is not null or (t.priorityReason is not null and " + earlier + "))"
                : " and (t.appointmentAt is not null or t.priorityReason is not null or " + earlier + ")";
        return em.createQuery(
                        "select count(t) from Ticket t where t.queue = :queue and t.serviceDay = :day"
                                + " and t.status = :waiting and t.id <> :id" + ahead,
                        Long.class)
                .setParameter("queue", ticket.queue())
                .setParameter("day", ticket.serviceDay())
                .setParameter("waiting", TicketStatus.WAITING)
                .setParameter("id", ticket.id())
                .setParameter("issued", ticket.issuedAt())
                .getSingleResult();
    }

    @Override
    public WaitingCount waitingUpTo(Ticket last) {
        long changesBefore = bases.changes(last);
        Optional<WaitingCountBases.Base> base = bases.before(last);
        if (base.isPresent()) {
            // Only the tickets after the kept count: those issued since, usually a few.
            WaitingCount upTo = base.get()
                    .count()
                    .plus(waitingUpTo(
                            last,
                            " and (t.issuedAt > :fromIssued or (t.issuedAt = :fromIssued and t.id > :fromId))",
                            query -> query.setParameter("fromIssued", base.get().upToIssued())
                                    .setParameter("fromId", base.get().upToId())));
            bases.keep(
                    last,
                    changesBefore,
                    new WaitingCountBases.Base(
                            upTo, last.issuedAt(), last.id(), base.get().readAt()));
            return upTo;
        }
        Instant readAt = clock.instant();
        WaitingCount upTo = waitingUpTo(last, "", query -> query);
        bases.keep(last, changesBefore, new WaitingCountBases.Base(upTo, last.issuedAt(), last.id(), readAt));
        return upTo;
    }

    /** The queue's waiting tickets up to the ticket, of those the condition keeps. */
    private WaitingCount waitingUpTo(
            Ticket last, String condition, UnaryOperator<TypedQuery<Object[]>> withParameters) {
        // The bound on the issue time alone is the index's range; the identifier only breaks ties.
        Object[] row = waitingTotals(
                last.queue(),
                last.serviceDay(),
                "count(t),"
                        + " sum(case when t.appointmentAt is not null or t.priorityReason is not null then 1 else 0 end),"
                        + " sum(case when t.issuedAt = :issued then 1 else 0 end)",
                " and t.issuedAt <= :issued and (t.issuedAt < :issued or t.id <= :id)" + condition,
                query -> withParameters.apply(
                        query.setParameter("issued", last.issuedAt()).setParameter("id", last.id())));
        return new WaitingCount(count(row[0]), count(row[1]), count(row[2]));
    }

    @Override
    public long issuedSince(Shop shop, ClientFingerprint client, Channel channel, Instant since) {
        return em.createQuery(
                        "select count(t) from Ticket t where t.shop = :shop and t.clientFingerprint = :client"
                                + " and t.channel = :channel and t.issuedAt >= :since",
                        Long.class)
                .setParameter("shop", shop)
                .setParameter("client", client.value())
                .setParameter("channel", channel)
                .setParameter("since", since)
                .getSingleResult();
    }

    @Override
    public void record(TicketCall call) {
        em.persist(call);
    }

    @Override
    public List<TicketCall> recentCalls(Shop shop, LocalDate day, int limit) {
        return em.createQuery(
                        "select c from TicketCall c join fetch c.desk where c.shop = :shop and c.serviceDay = :day"
                                + " order by c.calledAt desc, c.id desc",
                        TicketCall.class)
                .setParameter("shop", shop)
                .setParameter("day", day)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Optional<Duration> averageServiceTime(ServiceQueue queue, LocalDate day) {
        List<Object[]> rows = em.createQuery(
                        "select s.startedAt, s.finishedAt from Ticket t join t.steps s"
                                + " where t.shop = :shop and t.serviceDay = :day and s.status = :done"
                                + " and s.startedAt is not null and s.service in"
                                + " (select qs from ServiceQueue q join q.services qs where q = :queue)"
                                + " order by s.finishedAt desc",
                        Object[].class)
                .setParameter("shop", queue.shop())
                .setParameter("day", day)
                .setParameter("done", StepStatus.DONE)
                .setParameter("queue", queue)
                .setMaxResults(SERVICE_TIME_SAMPLE)
                .getResultList();
        return rows.stream()
                .map(row -> Duration.between((Instant) row[0], (Instant) row[1]))
                .reduce(Duration::plus)
                .map(total -> total.dividedBy(rows.size()));
    }
}
