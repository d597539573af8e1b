package org.citizenshop.agencysim.notify;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.citizenshop.agencysim.common.AgencyRoutes;
import org.citizenshop.agencysim.common.IdempotencyKeys;
import org.citizenshop.agencysim.common.Json;
import org.citizenshop.agencysim.common.Problem;
import org.citizenshop.agencysim.common.RequestTrace;
import org.citizenshop.agencysim.common.Responses;

/** The gateway's HTTP API and its admin list; everything it answers with 400 or 409 leaves no trace of the key. */
final class NotifyRoutes {

    static final String AGENCY = "notify";

    private final NotifyService service;

    NotifyRoutes(NotifyService service) {
        this.service = service;
    }

    void addTo(AgencyRoutes routes) {
        routes.post("/notify/v1/sms", ctx -> submit(ctx, Channel.SMS));
        routes.post("/notify/v1/email", ctx -> submit(ctx, Channel.EMAIL));
    }

    void addAdminTo(AgencyRoutes routes) {
        routes.get("/admin/notifications", this::list);
    }

    private void submit(Context ctx, Channel channel) {
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
        Submission submission = service.submit(channel, key, body.get());
        switch (submission.kind()) {
            case NEW -> {
                RequestTrace.outcome(ctx, NotifyResponses.outcome(submission.result()));
                NotifyResponses.answer(ctx, submission.result());
            }
            case REPLAY -> {
                RequestTrace.outcome(ctx, "REPLAYED " + NotifyResponses.outcome(submission.result()));
                NotifyResponses.answer(ctx, submission.result());
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
                                "This Idempotency-Key was already used for a different message.",
                                key));
            }
        }
    }

    /** Absent or blank {@code ?to=} lists every message. */
    private void list(Context ctx) {
        String to = ctx.queryParam("to");
        List<Message> messages = to == null || to.isBlank()
                ? service.outbox().all()
                : service.outbox().sentTo(RecipientQuery.normalise(to));
        RequestTrace.outcome(ctx, "MESSAGES " + messages.size());
        NotifyResponses.messages(ctx, messages);
    }

    private static void badRequest(Context ctx, String code, String reason, String key) {
        RequestTrace.outcome(ctx, code);
        Responses.problem(ctx, Problem.error(AGENCY, 400, code, "Bad request", reason, key));
    }
}
