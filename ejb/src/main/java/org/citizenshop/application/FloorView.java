package org.citizenshop.application;

import java.io.Serializable;
import java.util.List;

/**
 * The supervisor's live floor of one shop: whether the day is open, every queue (with the codes of
 * those whose longest wait passed the shop's alert threshold), every desk and the quotas left.
 */
public record FloorView(
        ShopSummary shop,
        boolean dayOpen,
        long waitAlertMinutes,
        List<QueueState> queues,
        List<String> alerts,
        List<DeskOnFloor> desks,
        List<QuotaState> quotas)
        implements Serializable {}
