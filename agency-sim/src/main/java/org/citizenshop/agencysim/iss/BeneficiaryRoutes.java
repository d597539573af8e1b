package org.citizenshop.agencysim.iss;

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
 * A person's NISS for prefilling a form: the social security's online service (its requests go in batch files, which
 * cannot answer while the citizen waits). JSON over HTTP, given only to a caller who says why and for which of its
 * requests; every request is kept in the lookup log.
 */
final class BeneficiaryRoutes {

    static final String PATH = "/iss/v1/beneficiaries/{civilIdNumber}";
    static final String CIVIL_ID_PARAM = "civilIdNumber";

    private final LookupLog lookups;

    BeneficiaryRoutes(Clock clock) {
        this.lookups = new LookupLog(clock, ctx -> ctx.pathParam(CIVIL_ID_PARAM));
    }

    void addTo(AgencyRoutes routes) {
        routes.get(PATH, this::showBeneficiary);
        routes.after(PATH, lookups::record);
    }

    void addAdminTo(AgencyRoutes routes) {
        routes.get(
                "/admin/agencies/iss/lookups",
                ctx -> Responses.json(ctx, 200, lookups.view(ctx.queryParam(CIVIL_ID_PARAM))));
    }

    void reset() {
        lookups.clear();
    }

    private void showBeneficiary(Context ctx) {
        String civilIdNumber = ctx.pathParam(CIVIL_ID_PARAM);
        Optional<LookupRequests.Refusal> refusal = LookupRequests.refusalOf(ctx, civilIdNumber);
        if (refusal.isPresent()) {
            RequestTrace.outcome(ctx, refusal.get().code());
            Responses.problem(
                    ctx,
                    Problem.error(
                            IssRoutes.AGENCY,
                            400,
                            refusal.get().code(),
                            "Bad request",
                            refusal.get().reason(),
                            null));
            return;
        }
        Optional<Beneficiaries.Beneficiary> found = Beneficiaries.find(civilIdNumber);
        if (found.isEmpty()) {
            RequestTrace.outcome(ctx, "NOT_FOUND");
            Responses.problem(
                    ctx,
                    Problem.error(
                            IssRoutes.AGENCY,
                            404,
                            "NOT_FOUND",
                            "Not found",
                            "Nobody is registered in the social security with this civil identification number.",
                            null));
            return;
        }
        RequestTrace.outcome(ctx, "FOUND");
        Responses.json(ctx, 200, found.get());
    }
}
