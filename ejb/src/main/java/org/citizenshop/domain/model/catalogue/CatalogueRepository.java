package org.citizenshop.domain.model.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.citizenshop.domain.model.shop.Shop;

public interface CatalogueRepository {

    Optional<PublicService> findService(ServiceCode code);

    /** The queue of the shop that the service feeds, if the shop offers the service. */
    Optional<ServiceQueue> queueFor(Shop shop, PublicService service);

    /** The shop's queues with their services, in letter order. */
    List<ServiceQueue> queuesOf(Shop shop);

    /** Every service of the catalogue with its agency, in code order (proposed ones included). */
    List<PublicService> services();

    void add(PublicService service);

    /** Every life event with its steps and their services, in code order. */
    List<LifeEvent> lifeEvents();

    Optional<LifeEvent> findLifeEvent(String code);

    /** The codes of the services the shop offers (that feed one of its queues). */
    Set<String> serviceCodesOffered(Shop shop);
}
