package org.citizenshop.application;

import java.io.Serializable;

/** A shop of the network, as listed to the public. */
public record ShopSummary(String code, String name, String timeZone, String language) implements Serializable {}
