package org.citizenshop.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.catalogue.ServiceQueue;
import org.citizenshop.domain.model.shop.Desk;
import org.citizenshop.domain.model.shop.DeskCode;
import org.citizenshop.domain.model.shop.DeskKind;
import org.citizenshop.domain.model.shop.Shop;
import org.citizenshop.domain.model.shop.ShopCode;

/**
 * Arranges a test's own shop floor in the real database: a new shop with one queue fed by the
 * civil registry's card and certificate services, and two desks serving both; nothing is shared
 * with other tests or the demo shops.
 */
@Stateless
@PermitAll
public class TestFloor {

    /** The codes a test works with. */
    public record Floor(String shop, String firstDesk, String secondDesk) {}

    @PersistenceContext(unitName = "citizen-shop-ejb.jar#citizen-shop")
    EntityManager em;

    public Floor create() {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        Shop shop = new Shop(
                ShopCode.of("IT-" + suffix),
                "Test shop " + suffix,
                ZoneId.of("Europe/Lisbon"),
                Locale.forLanguageTag("pt"));
        em.persist(shop);
        ServiceQueue queue = new ServiceQueue(shop, "IRN", 'A', "Registos", "Registry");
        Desk first = new Desk(shop, DeskCode.of("IT-" + suffix + "-1"), 1, DeskKind.AGENCY);
        Desk second = new Desk(shop, DeskCode.of("IT-" + suffix + "-2"), 2, DeskKind.AGENCY);
        for (PublicService service : services("IRN-CC", "IRN-CERT")) {
            queue.addService(service);
            first.addService(service);
            second.addService(service);
        }
        em.persist(queue);
        em.persist(first);
        em.persist(second);
        return new Floor(
                shop.code().value(), first.code().value(), second.code().value());
    }

    private List<PublicService> services(String... codes) {
        return em.createQuery("select s from PublicService s where s.code in :codes", PublicService.class)
                .setParameter("codes", List.of(codes))
                .getResultList();
    }
}
