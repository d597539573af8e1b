package org.citizenshop.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.citizenshop.domain.model.appointment.Appointment;
import org.citizenshop.domain.model.catalogue.Agency;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.catalogue.ServiceQueue;
import org.citizenshop.domain.model.quota.DailyQuota;
import org.citizenshop.domain.model.shop.Desk;
import org.citizenshop.domain.model.shop.DeskCode;
import org.citizenshop.domain.model.shop.DeskKind;
import org.citizenshop.domain.model.shop.OpeningHours;
import org.citizenshop.domain.model.shop.Shop;
import org.citizenshop.domain.model.shop.ShopCode;
import org.citizenshop.domain.model.staff.Clerk;

/**
 * Arranges a test's own shop floor in the real database: a new shop with a civil registry queue
 * (card, certificate) and a tax queue (tax number), and desks serving all three; nothing is shared
 * with other tests or the demo shops.
 */
@Stateless
@PermitAll
public class TestFloor {

    /** The codes a test works with: the shop, its desks (in number order), its two queues' services. */
    public record Floor(String shop, List<String> desks) {
        public String firstDesk() {
            return desks.get(0);
        }

        public String secondDesk() {
            return desks.get(1);
        }
    }

    /** The test callers who work at the newest test shop (AsFirstClerk, AsSecondClerk, AsSupervisor). */
    private static final List<String> STAFF = List.of("it-clerk-1", "it-clerk-2", "it-supervisor-1");

    @PersistenceContext(unitName = "citizen-shop-ejb.jar#citizen-shop")
    EntityManager em;

    /** A shop with two desks serving the civil registry's card and certificate (queue A) and the tax number (queue B). */
    public Floor create() {
        return create(2);
    }

    public Floor create(int deskCount) {
        return create(deskCount, ZoneId.of("Europe/Lisbon"));
    }

    /**
     * A floor for appointments: its shop's clock reads mid-morning now (a time zone chosen so), and
     * its desks work every day for four hours from two minutes from now, so that the first slot is
     * due at once and none crosses midnight.
     */
    public Floor createForAppointments() {
        int offset = 10 - ZonedDateTime.now(ZoneOffset.UTC).getHour();
        if (offset > 14) {
            offset -= 24;
        } else if (offset < -12) {
            offset += 24;
        }
        ZoneId zone = ZoneOffset.ofHours(offset);
        Floor floor = create(2, zone);
        LocalTime opens = LocalTime.now(zone).plusMinutes(2).truncatedTo(ChronoUnit.MINUTES);
        for (String code : floor.desks()) {
            Desk desk = em.createQuery("select d from Desk d where d.code = :code", Desk.class)
                    .setParameter("code", code)
                    .getSingleResult();
            for (DayOfWeek day : DayOfWeek.values()) {
                desk.addHours(new OpeningHours(day, opens, opens.plusHours(4)));
            }
        }
        return floor;
    }

    /** Starts today's series of a letter at a number, as if the shop had given that many tickets of it. */
    public void seriesAt(String shopCode, char letter, int lastNumber) {
        Shop shop = em.createQuery("select s from Shop s where s.code = :code", Shop.class)
                .setParameter("code", shopCode)
                .getSingleResult();
        em.createNativeQuery(
                        "insert into ticket_series (shop_id, service_day, letter, last_number) values (?1, ?2, ?3, ?4)")
                .setParameter(1, shop.id())
                .setParameter(2, shop.serviceDay(Instant.now()))
                .setParameter(3, String.valueOf(letter))
                .setParameter(4, lastNumber)
                .executeUpdate();
    }

    /** Moves a booking back in time, as if the citizen had booked an earlier slot and come late. */
    public void backdate(String appointmentCode, Duration by) {
        em.createQuery("select a from Appointment a where a.code = :code", Appointment.class)
                .setParameter("code", appointmentCode)
                .getSingleResult();
        em.createNativeQuery("update appointment set starts_at = starts_at - cast(?1 as interval),"
                        + " ends_at = ends_at - cast(?1 as interval) where code = ?2")
                .setParameter(1, by.toMinutes() + " minutes")
                .setParameter(2, appointmentCode)
                .executeUpdate();
    }

    private Floor create(int deskCount, ZoneId zone) {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        Shop shop = new Shop(ShopCode.of("IT-" + suffix), "Test shop " + suffix, zone, Locale.forLanguageTag("pt"));
        em.persist(shop);
        ServiceQueue registry = new ServiceQueue(shop, "IRN", 'A', "Registos", "Registry");
        ServiceQueue tax = new ServiceQueue(shop, "AT", 'B', "Finanças", "Tax");
        List<PublicService> registryServices = services("IRN-CC", "IRN-CERT");
        List<PublicService> taxServices = services("AT-NIF");
        registryServices.forEach(registry::addService);
        taxServices.forEach(tax::addService);
        em.persist(registry);
        em.persist(tax);
        List<String> codes = new java.util.ArrayList<>();
        for (int number = 1; number <= deskCount; number++) {
            Desk desk = new Desk(shop, DeskCode.of("IT-" + suffix + "-" + number), number, DeskKind.AGENCY);
            registryServices.forEach(desk::addService);
            taxServices.forEach(desk::addService);
            em.persist(desk);
            codes.add(desk.code().value());
        }
        em.flush();
        STAFF.forEach(username -> workAt(username, shop));
        return new Floor(shop.code().value(), List.copyOf(codes));
    }

    /**
     * Puts the user on the shop's roster (staff work only at their own shop), moving him from the
     * roster of an earlier test's shop.
     */
    private void workAt(String username, Shop shop) {
        int moved = em.createNativeQuery("update clerk set shop_id = ?1 where username = ?2")
                .setParameter(1, shop.id())
                .setParameter(2, username)
                .executeUpdate();
        if (moved == 0) {
            em.persist(new Clerk(username, shop));
        }
    }

    /** Registers a clerk of the shop who may handle only the given services. */
    public void clerkWithSkills(String username, String shopCode, String... serviceCodes) {
        Shop shop = em.createQuery("select s from Shop s where s.code = :code", Shop.class)
                .setParameter("code", shopCode)
                .getSingleResult();
        em.createQuery("select c from Clerk c where c.username = :username", Clerk.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .ifPresent(existing -> {
                    em.createNativeQuery(
                                    "delete from clerk_skill where clerk_id = (select id from clerk where username = ?1)")
                            .setParameter(1, username)
                            .executeUpdate();
                    em.remove(existing);
                    em.flush();
                });
        Clerk clerk = new Clerk(username, shop);
        services(serviceCodes).forEach(clerk::addSkill);
        em.persist(clerk);
    }

    /** Caps the shop's tickets of the day for an agency's services. */
    public void quota(String shopCode, String agencyCode, int walkIn, int appointments, int priority) {
        Shop shop = em.createQuery("select s from Shop s where s.code = :code", Shop.class)
                .setParameter("code", shopCode)
                .getSingleResult();
        Agency agency = em.createQuery("select a from Agency a where a.code = :code", Agency.class)
                .setParameter("code", agencyCode)
                .getSingleResult();
        em.persist(DailyQuota.forAgency(shop, agency, walkIn, appointments, priority));
    }

    private List<PublicService> services(String... codes) {
        return em.createQuery("select s from PublicService s where s.code in :codes", PublicService.class)
                .setParameter("codes", List.of(codes))
                .getResultList();
    }
}
