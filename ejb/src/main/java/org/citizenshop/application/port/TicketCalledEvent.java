package org.citizenshop.application.port;

import java.time.Instant;

/** A ticket was called to a desk: the boards of the shop announce it. */
public record TicketCalledEvent(String shop, String number, String desk, int deskNumber, Instant calledAt) {}
