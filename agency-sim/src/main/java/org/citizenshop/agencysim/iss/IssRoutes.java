package org.citizenshop.agencysim.iss;

import io.javalin.http.Context;
import java.io.IOException;
import org.citizenshop.agencysim.common.AgencyRoutes;
import org.citizenshop.agencysim.common.Problem;
import org.citizenshop.agencysim.common.RequestTrace;
import org.citizenshop.agencysim.common.Responses;

/**
 * The social security has no HTTP API of its own: the shop talks to it through files. Its one admin endpoint runs the
 * batch at once, for tests and demos; switched down, the run is skipped and says so.
 */
final class IssRoutes {

    static final String AGENCY = "iss";

    private final IssBatch batch;

    IssRoutes(IssBatch batch) {
        this.batch = batch;
    }

    void addAdminTo(AgencyRoutes routes) {
        routes.post("/admin/agencies/iss/run-batch", this::runBatch);
    }

    private void runBatch(Context ctx) throws InterruptedException {
        BatchReport report;
        try {
            report = batch.run();
        } catch (IOException e) {
            RequestTrace.outcome(ctx, "BATCH_FAILED");
            Responses.problem(
                    ctx,
                    Problem.error(
                            AGENCY,
                            500,
                            "BATCH_FAILED",
                            "Batch run failed",
                            "The batch run could not use the exchange folder: " + e.getMessage(),
                            null));
            return;
        }
        RequestTrace.outcome(ctx, report.ran() ? "BATCH_RAN " + report.answered() : "BATCH_SKIPPED_DOWN");
        Responses.json(ctx, 200, report);
    }
}
