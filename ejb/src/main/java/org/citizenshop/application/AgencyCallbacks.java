package org.citizenshop.application;

/**
 * Where agencies' calls back to the shop arrive (the web module's webhook endpoints pass them on
 * untouched); the integration layer implements it, checks that the call is genuine and records the
 * outcome it carries. Repeated callbacks are harmless.
 */
public interface AgencyCallbacks {

    /** What the endpoint answers: accepted (2xx), refused as not genuine (401), or unreadable (400). */
    enum Verdict {
        ACCEPTED,
        NOT_GENUINE,
        UNREADABLE
    }

    /**
     * A callback of the agency {@code agency} (lower case, e.g. {@code cml}) with its raw body and
     * the signature header it came with.
     */
    Verdict receive(String agency, String body, String signature);
}
