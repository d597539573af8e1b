package org.citizenshop.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.citizenshop.application.DeskSummary;
import org.citizenshop.application.QueueState;
import org.citizenshop.application.QuotaState;
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
    QueueStates queueStates;

    @Inject
    QuotaStates quotaStates;

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
        QueueState state = queueStates.of(queue);
        return queue.services().stream()
                .map(service -> new ServiceOption(
                        service.code().value(),
                        service.name(),
                        service.agency().code().value(),
                        service.agency().name(),
                        queue.code(),
                        queue.name(),
                        state.waiting(),
                        state.estimatedWaitMinutes()));
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

    @Override
    public List<QueueState> queues(String code) {
        return catalogue.queuesOf(find(code)).stream().map(queueStates::of).toList();
    }

    @Override
    public List<QuotaState> quotas(String code) {
        return quotaStates.of(find(code));
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
