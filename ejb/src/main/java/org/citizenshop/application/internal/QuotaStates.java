package org.citizenshop.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.citizenshop.application.QuotaState;
import org.citizenshop.domain.model.quota.DailyQuota;
import org.citizenshop.domain.model.quota.QuotaRepository;
import org.citizenshop.domain.model.quota.QuotaUsage;
import org.citizenshop.domain.model.shop.Shop;

/** A shop's quotas with today's places left. */
@ApplicationScoped
class QuotaStates {

    @Inject
    QuotaRepository quotas;

    @Inject
    Clock clock;

    List<QuotaState> of(Shop shop) {
        return quotas.of(shop).stream().map(quota -> state(quota, shop)).toList();
    }

    private QuotaState state(DailyQuota quota, Shop shop) {
        QuotaUsage.Left left =
                quotas.usage(quota, shop.serviceDay(clock.instant())).left(quota);
        return new QuotaState(
                quota.scopeCode(),
                quota.scopeName(),
                quota.walkIn(),
                quota.appointments(),
                quota.priority(),
                left.walkIn(),
                left.appointments(),
                left.priority());
    }
}
