package org.citizenshop.application;

/**
 * What the integration layer needs to deliver a citizen card request to the civil registry. It
 * carries the idempotency key; {@code alreadyAnswered} tells a redelivery to do nothing.
 */
public record CitizenCardDispatch(
        String key,
        String agency,
        String service,
        String shop,
        String ticket,
        String civilIdNumber,
        String documentNumber,
        String reason,
        String deliveryShop,
        boolean alreadyAnswered) {}
