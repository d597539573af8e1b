package org.citizenshop.agencysim.at;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.Optional;
import org.citizenshop.agencysim.common.AgencyRoutes;
import org.citizenshop.agencysim.common.LookupLog;
import org.citizenshop.agencysim.common.LookupRequests;
import org.citizenshop.agencysim.common.Problem;
import org.citizenshop.agencysim.common.RequestTrace;
import org.citizenshop.agencysim.common.Responses;

/**
 * A taxpayer's NIF and household income bracket for prefilling a form: a small JSON read beside the SOAP web service,
 * which stays the contract for requests that change something (they need the envelope's idempotency key; a read does
 * not). Given only to a caller who says why and for which of its requests; every request is kept in the lookup log.
 */
final class TaxpayerRoutes {

    static final String PATH = "/at/v1/taxpayers/{civilIdNumber}";
    static final String CIVIL_ID_PARAM = "civilIdNumber";

    private final LookupLog lookups;

    TaxpayerRoutes(Clock clock) {
        this.lookups = new LookupLog(clock, ctx -> ctx.pathParam(CIVIL_ID_PARAM));
    }

    void addTo(AgencyRoutes routes) {
        routes.get(PATH, this::showTaxpayer);
        routes.after(PATH, lookups::record);
    }

    void addAdminTo(AgencyRoutes routes) {
        routes.get(
                "/admin/agencies/at/lookups",
                ctx -> Responses.json(ctx, 200, lookups.view(ctx.queryParam(CIVIL_ID_PARAM))));
    }

    void reset() {
        lookups.clear();
    }

    private void showTaxpayer(Context ctx) {
        String civilIdNumber = ctx.pathParam(CIVIL_ID_PARAM);
        Optional<LookupRequests.Refusal> refusal = LookupRequests.refusalOf(ctx, civilIdNumber);
        if (refusal.isPresent()) {
            RequestTrace.outcome(ctx, refusal.get().code());
            Responses.problem(
                    ctx,
                    Problem.error(
                            AtRoutes.AGENCY,
                            400,
                            refusal.get().code(),
                            "Bad request",
                            refusal.get().reason(),
                            null));
            return;
        }
        Optional<Taxpayers.Taxpayer> found = Taxpayers.find(civilIdNumber);
        if (found.isEmpty()) {
            RequestTrace.outcome(ctx, "NOT_FOUND");
            Responses.problem(
                    ctx,
                    Problem.error(
                            AtRoutes.AGENCY,
                            404,
                            "NOT_FOUND",
                            "Not found",
                            "No taxpayer is registered with this civil identification number.",
                            null));
            return;
        }
        RequestTrace.outcome(ctx, "FOUND");
        Responses.json(ctx, 200, found.get());
    }
}
