package org.citizenshop.domain.model.shop;

import java.util.List;
import java.util.Optional;

public interface ShopRepository {

    Optional<Shop> find(ShopCode code);

    /**
     * The shop with its row locked until the transaction ends: issuing a ticket holds it, so two
     * kiosks never draw the same number and a client's ticket count cannot race past its limit.
     */
    Optional<Shop> findForNumbering(ShopCode code);

    List<Shop> all();
}
