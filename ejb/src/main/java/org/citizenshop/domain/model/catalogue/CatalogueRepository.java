package org.citizenshop.domain.model.catalogue;

import java.util.List;
import java.util.Optional;
import org.citizenshop.domain.model.shop.Shop;

public interface CatalogueRepository {

    Optional<PublicService> findService(ServiceCode code);

    /** The queue of the shop that the service feeds, if the shop offers the service. */
    Optional<ServiceQueue> queueFor(Shop shop, PublicService service);

    /** The shop's queues with their services, in letter order. */
    List<ServiceQueue> queuesOf(Shop shop);
}
