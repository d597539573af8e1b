package org.citizenshop.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The public facts of the network: its shops, what each offers, its desks. */
public interface ShopDirectory {

    List<ShopSummary> shops();

    ShopSummary shop(@NotBlank @Size(max = 30) String shop);

    List<ServiceOption> services(@NotBlank @Size(max = 30) String shop);

    List<DeskSummary> desks(@NotBlank @Size(max = 30) String shop);

    /** Every queue of the shop with its live wait. */
    List<QueueState> queues(@NotBlank @Size(max = 30) String shop);

    /** The shop's daily quotas and what is left of them today. */
    List<QuotaState> quotas(@NotBlank @Size(max = 30) String shop);
}
