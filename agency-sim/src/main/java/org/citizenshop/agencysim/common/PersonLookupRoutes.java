package org.citizenshop.agencysim.common;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * A registry's JSON read of one person by civil identification number, for prefilling a form
 * ({@code GET <path>/{civilIdNumber}}): given only to a caller who says why and for which of its
 * requests ({@link LookupRequests}), 404 {@code NOT_FOUND} for someone the registry does not know,
 * and every request kept in the lookup log ({@code GET /admin/agencies/<agency>/lookups}). The tax
 * authority's taxpayers and the social security's beneficiaries are read this way.
 */
public final class PersonLookupRoutes {

    static final String CIVIL_ID_PARAM = "civilIdNumber";

    private final String agency;
    private final String path;
    private final Function<String, Optional<?>> find;
    private final String notFound;
    private final LookupLog lookups;

    /**
     * @param agency the agency's code in paths and problems ({@code at})
     * @param collection the path before the number ({@code /at/v1/taxpayers})
     * @param find the person's record by civil identification number
     * @param notFound the problem's detail for someone not known
     */
    public PersonLookupRoutes(
            Clock clock, String agency, String collection, Function<String, Optional<?>> find, String notFound) {
        this.agency = agency;
        this.path = collection + "/{" + CIVIL_ID_PARAM + "}";
        this.find = find;
        this.notFound = notFound;
        this.lookups = new LookupLog(clock, ctx -> ctx.pathParam(CIVIL_ID_PARAM));
    }

    public void addTo(AgencyRoutes routes) {
        routes.get(path, this::show);
        routes.after(path, lookups::record);
    }

    public void addAdminTo(AgencyRoutes routes) {
        routes.get(
                "/admin/agencies/" + agency + "/lookups",
                ctx -> Responses.json(ctx, 200, lookups.view(ctx.queryParam(CIVIL_ID_PARAM))));
    }

    public void reset() {
        lookups.clear();
    }

    private void show(Context ctx) {
        String civilIdNumber = ctx.pathParam(CIVIL_ID_PARAM);
        Optional<LookupRequests.Refusal> refusal = LookupRequests.refusalOf(ctx, civilIdNumber);
        if (refusal.isPresent()) {
            RequestTrace.outcome(ctx, refusal.get().code());
            Responses.problem(
                    ctx,
                    Problem.error(
                            agency,
                            400,
                            refusal.get().code(),
                            "Bad request",
                            refusal.get().reason(),
                            null));
            return;
        }
        Optional<?> found = find.apply(civilIdNumber);
        if (found.isEmpty()) {
            RequestTrace.outcome(ctx, "NOT_FOUND");
            Responses.problem(ctx, Problem.error(agency, 404, "NOT_FOUND", "Not found", notFound, null));
            return;
        }
        RequestTrace.outcome(ctx, "FOUND");
        Responses.json(ctx, 200, found.get());
    }
}
