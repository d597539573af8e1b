package org.citizenshop.domain.model.shop;

import java.util.List;
import java.util.Optional;

public interface DeskRepository {

    Optional<Desk> find(DeskCode code);

    /** The desk with its row locked, so that two clerks cannot sign in at it at once. */
    Optional<Desk> findForUpdate(DeskCode code);

    List<Desk> ofShop(Shop shop);

    /** Open desks of the shop that serve the given service. */
    long openDesksServing(Shop shop, Long serviceId);
}
