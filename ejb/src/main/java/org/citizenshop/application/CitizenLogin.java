package org.citizenshop.application;

import java.util.Optional;

/**
 * The logged-in citizen of the request served on this thread: the web layer reads the civil ID
 * number from the verified OpenID Connect token of the request (its {@code civil_id} claim) and
 * holds it here, with the name of the login it belongs to, for the request's duration; the
 * application services read it only for the caller they run for.
 */
public final class CitizenLogin {

    private record Holder(String login, String civilId) {}

    private static final ThreadLocal<Holder> CURRENT = new ThreadLocal<>();

    private CitizenLogin() {}

    /** Starts serving a request of this login, whose token names this citizen. */
    public static void begin(String login, String civilId) {
        CURRENT.set(new Holder(login, civilId));
    }

    public static void end() {
        CURRENT.remove();
    }

    /** The citizen's civil ID number, if the request's login is this caller's and named one. */
    public static Optional<String> of(String caller) {
        Holder holder = CURRENT.get();
        return holder == null || !holder.login().equals(caller) ? Optional.empty() : Optional.of(holder.civilId());
    }
}
