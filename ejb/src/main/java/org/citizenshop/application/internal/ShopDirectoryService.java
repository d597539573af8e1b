package org.citizenshop.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.citizenshop.application.DeskSummary;
import org.citizenshop.application.ServiceOption;
import org.citizenshop.application.ShopDirectory;
import org.citizenshop.application.ShopSummary;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.catalogue.CatalogueRepository;
import org.citizenshop.domain.model.catalogue.ServiceQueue;
import org.citizenshop.domain.model.shop.DeskRepository;
import org.citizenshop.domain.model.shop.DeskStatus;
import org.citizenshop.domain.model.shop.Shop;
import org.citizenshop.domain.model.shop.ShopCode;
import org.citizenshop.domain.model.shop.ShopRepository;
import org.citizenshop.domain.model.ticket.TicketRepository;

@Stateless
@PermitAll
public class ShopDirectoryService implements ShopDirectory {

    @Inject
    ShopRepository shops;

    @Inject
    DeskRepository desks;

    @Inject
    CatalogueRepository catalogue;

    @Inject
    TicketRepository tickets;

    @Inject
    Clock clock;

    @Override
    public List<ShopSummary> shops() {
        return shops.all().stream().map(ShopDirectoryService::summary).toList();
    }

    @Override
    public ShopSummary shop(String code) {
        return summary(find(code));
    }

    @Override
    public List<ServiceOption> services(String code) {
        Shop shop = find(code);
        return catalogue.queuesOf(shop).stream()
                .flatMap(queue -> options(queue, shop))
                .sorted(Comparator.comparing(ServiceOption::code))
                .toList();
    }

    private java.util.stream.Stream<ServiceOption> options(ServiceQueue queue, Shop shop) {
        long waiting = tickets.waitingIn(queue, shop.serviceDay(clock.instant()));
        return queue.services().stream()
                .map(service -> new ServiceOption(
                        service.code().value(),
                        service.name(),
                        service.agency().code().value(),
                        service.agency().name(),
                        queue.code(),
                        queue.name(),
                        waiting));
    }

    @Override
    public List<DeskSummary> desks(String code) {
        return desks.ofShop(find(code)).stream()
                .map(desk -> new DeskSummary(
                        desk.code().value(),
                        desk.number(),
                        desk.kind().name(),
                        desk.status().isStaffed(),
                        desk.status() == DeskStatus.PAUSED,
                        desk.clerk().orElse(null)))
                .toList();
    }

    private Shop find(String code) {
        ShopCode shopCode = ShopCode.of(code);
        return shops.find(shopCode)
                .orElseThrow(() -> new NotFoundException("shop.unknown", "No shop " + shopCode, shopCode.value()));
    }

    private static ShopSummary summary(Shop shop) {
        return new ShopSummary(
                shop.code().value(),
                shop.name(),
                shop.timeZone().getId(),
                shop.language().toLanguageTag());
    }
}
