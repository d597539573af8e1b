package org.citizenshop.domain.model.shop;

import java.util.List;
import java.util.Optional;
import org.citizenshop.domain.model.catalogue.ServiceQueue;

public interface DeskRepository {

    Optional<Desk> find(DeskCode code);

    /** The desk with its row locked, so that two clerks cannot sign in at it at once. */
    Optional<Desk> findForUpdate(DeskCode code);

    List<Desk> ofShop(Shop shop);

    /** The shop's desks that serve the service, by desk number, with their working hours. */
    List<Desk> serving(Shop shop, Long serviceId);

    /** A desk locked until the transaction ends (booking its time). */
    Optional<Desk> lockById(Long id);

    /** Open desks of the shop that serve the given service. */
    long openDesksServing(Shop shop, Long serviceId);

    /** Open desks of the queue's shop that serve at least one of its services. */
    long openDesksServing(ServiceQueue queue);
}
