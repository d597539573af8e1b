package org.citizenshop.agencysim.irn;

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

/**
 * The civil registry's HTTP API; everything it answers with 400 or 409 leaves no trace of the key. Its admin endpoints
 * register a birth as a maternity's desk would, which the registry then tells the shop of, and list those events.
 */
final class IrnRoutes {

    private static final String AGENCY = "irn";

    private final IrnService service;
    private final CivilRegistry registry;
    private final BirthEvents births;

    IrnRoutes(IrnService service, CivilRegistry registry, BirthEvents births) {
        this.service = service;
        this.registry = registry;
        this.births = births;
    }

    void addTo(AgencyRoutes routes) {
        routes.post("/irn/v1/service-requests", this::submit);
        routes.get("/irn/v1/service-requests/{key}", this::showRequest);
        routes.get("/irn/v1/citizens/{civilIdNumber}", this::showCitizen);
    }

    void addAdminTo(AgencyRoutes routes) {
        routes.post("/admin/agencies/irn/maternity-births", this::registerBirth);
        routes.get("/admin/agencies/irn/events", this::events);
    }

    private void registerBirth(Context ctx) {
        Optional<JsonNode> body = Json.parse(ctx.body()).filter(JsonNode::isObject);
        if (body.isEmpty()) {
            badRequest(ctx, "MALFORMED", "The body is not a JSON object.", null);
            return;
        }
        BirthEvents.Registration registration = births.register(body.get());
        if (registration instanceof BirthEvents.Registration.Registered registered) {
            BirthEvent event = registered.event();
            RequestTrace.key(ctx, BirthEvents.KEY_PREFIX + event.eventId());
            RequestTrace.outcome(
                    ctx,
                    "REGISTERED " + event.agencyReference() + " child "
                            + event.child().civilId());
            ctx.status(201).contentType("application/json").result(registered.body());
            return;
        }
        BirthEvents.Registration.Refused refused = (BirthEvents.Registration.Refused) registration;
        RejectionCode code = refused.code();
        RequestTrace.outcome(ctx, "REFUSED " + code.name());
        Responses.problem(ctx, Problem.rejection(code.type(), code.title(), code.name(), refused.reason(), null));
    }

    private void events(Context ctx) {
        List<BirthEvents.Sent> events = births.sent();
        RequestTrace.outcome(ctx, "EVENTS " + events.size());
        Responses.json(ctx, 200, new EventsView(events.size(), events));
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
        Submission submission = service.submit(key, body.get());
        switch (submission.kind()) {
            case NEW -> {
                RequestTrace.outcome(ctx, IrnResponses.outcome(submission.result()));
                IrnResponses.answer(ctx, submission.result());
            }
            case REPLAY -> {
                RequestTrace.outcome(ctx, "REPLAYED " + IrnResponses.outcome(submission.result()));
                IrnResponses.answer(ctx, submission.result());
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

    private void showRequest(Context ctx) {
        String key = ctx.pathParam("key");
        RequestTrace.key(ctx, key);
        Optional<IrnResult> result = service.find(key);
        if (result.isEmpty()) {
            notFound(ctx, "No request was received with this key.", key);
            return;
        }
        RequestTrace.outcome(ctx, "FOUND " + IrnResponses.outcome(result.get()));
        IrnResponses.lookup(ctx, result.get());
    }

    private void showCitizen(Context ctx) {
        String civilIdNumber = ctx.pathParam("civilIdNumber");
        RequestTrace.key(ctx, civilIdNumber);
        Optional<Citizen> citizen = registry.find(civilIdNumber);
        if (citizen.isEmpty()) {
            notFound(ctx, "No citizen is registered with this civil identification number.", null);
            return;
        }
        RequestTrace.outcome(ctx, "FOUND");
        Responses.json(
                ctx,
                200,
                new CitizenView(citizen.get().civilIdNumber(), citizen.get().name()));
    }

    private static void badRequest(Context ctx, String code, String reason, String key) {
        RequestTrace.outcome(ctx, code);
        Responses.problem(ctx, Problem.error(AGENCY, 400, code, "Bad request", reason, key));
    }

    private static void notFound(Context ctx, String reason, String key) {
        RequestTrace.outcome(ctx, "NOT_FOUND");
        Responses.problem(ctx, Problem.error(AGENCY, 404, "NOT_FOUND", "Not found", reason, key));
    }

    private record EventsView(int count, List<BirthEvents.Sent> events) {}

    /** The registry shares names, not card numbers, with whoever asks. */
    private record CitizenView(String civilIdNumber, String name) {}
}
