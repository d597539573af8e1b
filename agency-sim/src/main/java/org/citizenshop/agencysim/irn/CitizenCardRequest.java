package org.citizenshop.agencysim.irn;

/** A citizen card request whose fields have the right shape; {@code documentNumber} is null when none was sent. */
record CitizenCardRequest(
        String service,
        String shop,
        String ticket,
        String civilIdNumber,
        String documentNumber,
        CardReason reason,
        String deliveryPlace) {}
