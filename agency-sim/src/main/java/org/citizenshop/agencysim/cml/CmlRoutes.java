package org.citizenshop.agencysim.cml;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.citizenshop.agencysim.common.AgencyRoutes;
import org.citizenshop.agencysim.common.Decision;
import org.citizenshop.agencysim.common.IdempotencyKeys;
import org.citizenshop.agencysim.common.Json;
import org.citizenshop.agencysim.common.Keyed;
import org.citizenshop.agencysim.common.Outcome;
import org.citizenshop.agencysim.common.Problem;
import org.citizenshop.agencysim.common.Rejected;
import org.citizenshop.agencysim.common.RequestTrace;
import org.citizenshop.agencysim.common.Responses;

/**
 * The municipality's HTTP API: 202 {@code ACKNOWLEDGED} or a 422 problem; everything it answers with 400 or 409 leaves
 * no trace of the key. Its admin list shows the callback attempts.
 */
final class CmlRoutes {

    static final String AGENCY = "cml";

    private final CmlService service;

    CmlRoutes(CmlService service) {
        this.service = service;
    }

    void addTo(AgencyRoutes routes) {
        routes.post("/cml/v1/requests", this::submit);
    }

    void addAdminTo(AgencyRoutes routes) {
        routes.get("/admin/agencies/cml/callbacks", this::callbacks);
    }

    private void submit(Context ctx) {
        String key = ctx.header(IdempotencyKeys.HEADER);
        if (key == null || key.isEmpty()) {
            badRequest(ctx, "MISSING_IDEMPOTENCY_KEY", "The Idempotency-Key header is required.", null);
            return;
        }
        if (!IdempotencyKeys.isValid(key)) {
            badRequest(
                    ctx, "INVALID_IDEMPOTENCY_KEY", "The Idempotency-Key must be 1 to 100 of A-Z, a-z, 0-9, -.", null);
            return;
        }
        RequestTrace.key(ctx, key);
        Optional<JsonNode> body = Json.parse(ctx.body()).filter(JsonNode::isObject);
        if (body.isEmpty()) {
            badRequest(ctx, "MALFORMED", "The body is not a JSON object.", key);
            return;
        }
        Keyed<CmlResult> submission = service.submit(key, body.get());
        switch (submission.kind()) {
            case NEW -> {
                RequestTrace.outcome(ctx, outcome(submission.result()));
                answer(ctx, submission.result());
            }
            case REPLAY -> {
                RequestTrace.outcome(ctx, "REPLAYED " + outcome(submission.result()));
                answer(ctx, submission.result());
            }
            case KEY_REUSED -> {
                RequestTrace.outcome(ctx, "KEY_REUSED");
                Responses.problem(
                        ctx,
                        Problem.error(
                                AGENCY,
                                409,
                                "KEY_REUSED",
                                "Request key reused",
                                "This Idempotency-Key was already used for a different request.",
                                key));
            }
        }
    }

    private void callbacks(Context ctx) {
        List<CallbackAttempt> attempts = service.callbackAttempts();
        RequestTrace.outcome(ctx, "CALLBACKS " + attempts.size());
        Responses.json(ctx, 200, new CallbacksView(attempts.size(), attempts));
    }

    private static void answer(Context ctx, CmlResult result) {
        Decision acknowledgement = result.acknowledgement();
        if (result.acknowledged()) {
            Responses.json(
                    ctx,
                    202,
                    new AcknowledgedBody(acknowledgement.requestKey(), "ACKNOWLEDGED", result.agencyReference()));
            return;
        }
        Outcome.Refused refused = (Outcome.Refused) acknowledgement.outcome();
        Responses.problem(
                ctx,
                Problem.rejection(
                        Rejected.typeOf(AGENCY, refused.code()),
                        Rejected.titleOf(refused.code()),
                        refused.code(),
                        refused.reason(),
                        acknowledgement.requestKey()));
    }

    private static String outcome(CmlResult result) {
        return result.acknowledged()
                ? "ACKNOWLEDGED " + result.agencyReference()
                : result.acknowledgement().summary();
    }

    private static void badRequest(Context ctx, String code, String reason, String key) {
        RequestTrace.outcome(ctx, code);
        Responses.problem(ctx, Problem.error(AGENCY, 400, code, "Bad request", reason, key));
    }

    private record AcknowledgedBody(String requestKey, String status, String agencyReference) {}

    private record CallbacksView(int count, List<CallbackAttempt> attempts) {}
}
