package org.citizenshop.it.security;

import static org.citizenshop.it.http.Endpoints.clientToken;
import static org.citizenshop.it.http.Endpoints.kioskToken;
import static org.citizenshop.it.http.Endpoints.tokenOf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The callers of the access matrix's columns, and the dev realm's token of each (none for anonymous). */
final class Callers {

    /** The integration client's secret: a published value of the dev realm. */
    private static final String INTEGRATION_SECRET = "dev-integration-secret-not-for-production";

    private static final Map<String, Supplier<Optional<String>>> TOKENS = tokens();

    private Callers() {}

    static Iterable<String> names() {
        return TOKENS.keySet();
    }

    /** The caller's bearer token (kept and renewed by {@code Endpoints}), or empty for anonymous. */
    static Optional<String> token(String caller) {
        Supplier<Optional<String>> token = TOKENS.get(caller);
        if (token == null) {
            throw new IllegalArgumentException("No caller " + caller + " in " + TOKENS.keySet());
        }
        return token.get();
    }

    private static Map<String, Supplier<Optional<String>>> tokens() {
        Map<String, Supplier<Optional<String>>> tokens = new LinkedHashMap<>();
        tokens.put("anonymous", Optional::empty);
        tokens.put("citizen", () -> Optional.of(tokenOf("citizen1")));
        tokens.put("kiosk", () -> Optional.of(kioskToken()));
        tokens.put("clerk", () -> Optional.of(tokenOf("clerk1")));
        tokens.put("supervisor", () -> Optional.of(tokenOf("supervisor1")));
        for (String agency : new String[] {"irn", "at", "iss", "sns", "imt", "cml"}) {
            tokens.put("admin-" + agency, () -> Optional.of(tokenOf("admin-" + agency)));
        }
        tokens.put("integration", () -> Optional.of(clientToken("citizen-shop-integration", INTEGRATION_SECRET)));
        return java.util.Collections.unmodifiableMap(tokens);
    }
}
