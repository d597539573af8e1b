package org.citizenshop.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.citizenshop.application.BoardCall;
import org.citizenshop.application.BoardQueries;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.shop.Shop;
import org.citizenshop.domain.model.shop.ShopCode;
import org.citizenshop.domain.model.shop.ShopRepository;
import org.citizenshop.domain.model.ticket.TicketRepository;

@Stateless
@PermitAll
public class BoardQueriesService implements BoardQueries {

    @Inject
    ShopRepository shops;

    @Inject
    TicketRepository tickets;

    @Inject
    Clock clock;

    @Override
    public List<BoardCall> recentCalls(String code, int limit) {
        ShopCode shopCode = ShopCode.of(code);
        Shop shop = shops.find(shopCode)
                .orElseThrow(() -> new NotFoundException("shop.unknown", "No shop " + shopCode, shopCode.value()));
        return tickets.recentCalls(shop, shop.serviceDay(clock.instant()), limit).stream()
                .map(call -> new BoardCall(
                        call.number(),
                        call.desk().number(),
                        call.desk().code().value(),
                        call.calledAt(),
                        call.isRecall()))
                .toList();
    }
}
