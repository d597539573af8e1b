package org.citizenshop.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for the whole API. Without a resolver, RESTEasy builds (and closes) a new one
 * for every body it reads or writes, and JSON-B then introspects the classes again each time: the
 * load benchmark found a fifth of a ticket's CPU time there (docs/performance.md).
 */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
