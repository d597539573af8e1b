package org.citizenshop.domain.model.quota;

import java.time.LocalDate;
import java.util.List;
import org.citizenshop.domain.model.shop.Shop;

public interface QuotaRepository {

    List<DailyQuota> of(Shop shop);

    /** The shop's tickets of the day that count against the quota, by kind. */
    QuotaUsage usage(DailyQuota quota, LocalDate day);
}
