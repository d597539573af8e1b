package org.citizenshop.integration.delivery;

/** Exchange properties the agency routes share; properties, unlike headers, never leave the JVM. */
public final class DeliveryProperties {

    /** The idempotency key of the request in the exchange. */
    public static final String REQUEST_KEY = "CitizenShopRequestKey";

    private DeliveryProperties() {}
}
