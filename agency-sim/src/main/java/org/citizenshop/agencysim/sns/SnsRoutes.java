package org.citizenshop.agencysim.sns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.citizenshop.agencysim.common.AgencyRoutes;
import org.citizenshop.agencysim.common.IdempotencyKeys;
import org.citizenshop.agencysim.common.Json;
import org.citizenshop.agencysim.common.Keyed;
import org.citizenshop.agencysim.common.LookupLog;
import org.citizenshop.agencysim.common.LookupRequests;
import org.citizenshop.agencysim.common.Rejected;
import org.citizenshop.agencysim.common.RequestTrace;
import org.citizenshop.agencysim.common.Responses;

/**
 * The registry's FHIR R4 REST API on {@code Patient}: conditional create and update (both need an
 * {@code Idempotency-Key}), search by identifier (a lookup: it needs {@code X-Correlation-Id} and {@code X-Purpose},
 * and each one is kept in the lookup log) and read. Errors are OperationOutcomes; those answered with 400 or
 * 409 leave no trace of the key.
 */
final class SnsRoutes {

    static final String AGENCY = "sns";
    static final String BASE = "/sns/fhir";
    static final String PATIENT = BASE + "/Patient";

    private final SnsService service;
    private final LookupLog lookups;

    SnsRoutes(SnsService service, Clock clock) {
        this.service = service;
        this.lookups = new LookupLog(clock, SnsRoutes::civilIdSearched);
    }

    void addTo(AgencyRoutes routes) {
        routes.post(PATIENT, this::create);
        routes.put(PATIENT, this::update);
        routes.get(PATIENT, this::search);
        routes.get(PATIENT + "/{id}", this::read);
        routes.after(PATIENT, ctx -> {
            if ("GET".equals(ctx.method().name())) {
                lookups.record(ctx);
            }
        });
    }

    void addAdminTo(AgencyRoutes routes) {
        routes.get(
                "/admin/agencies/sns/lookups",
                ctx -> Responses.json(ctx, 200, lookups.view(ctx.queryParam("civilIdNumber"))));
    }

    void reset() {
        lookups.clear();
    }

    /** The civil ID number a search names, or the identifier it was given when it names none. */
    private static String civilIdSearched(Context ctx) {
        String identifier = ctx.queryParam("identifier");
        String prefix = Fhir.CIVIL_ID_SYSTEM + "|";
        return identifier != null && identifier.startsWith(prefix) ? identifier.substring(prefix.length()) : identifier;
    }

    private void create(Context ctx) {
        String ifNoneExist = ctx.header("If-None-Exist");
        submit(ctx, FhirCall.CREATE, ifNoneExist == null || ifNoneExist.isBlank() ? null : ifNoneExist.strip());
    }

    private void update(Context ctx) {
        List<String> identifiers = ctx.queryParams("identifier");
        if (identifiers.size() != 1 || identifiers.get(0).isBlank()) {
            badRequest(
                    ctx,
                    "MISSING_CONDITION",
                    "A conditional update needs one search parameter identifier=<system>|<value>.");
            return;
        }
        submit(ctx, FhirCall.UPDATE, identifiers.get(0));
    }

    private void submit(Context ctx, String interaction, String condition) {
        String key = ctx.header(IdempotencyKeys.HEADER);
        if (key == null || key.isEmpty()) {
            badRequest(ctx, "MISSING_IDEMPOTENCY_KEY", "The Idempotency-Key header is required.");
            return;
        }
        if (!IdempotencyKeys.isValid(key)) {
            badRequest(ctx, "INVALID_IDEMPOTENCY_KEY", "The Idempotency-Key must be 1 to 100 of A-Z, a-z, 0-9, -.");
            return;
        }
        RequestTrace.key(ctx, key);
        Optional<JsonNode> resource = Json.parse(ctx.body()).filter(JsonNode::isObject);
        if (resource.isEmpty()) {
            badRequest(ctx, "MALFORMED", "The body is not a JSON resource.");
            return;
        }
        Keyed<SnsResult> submission = service.submit(key, new FhirCall(interaction, condition, resource.get()));
        switch (submission.kind()) {
            case NEW -> {
                RequestTrace.outcome(ctx, submission.result().summary());
                answer(ctx, submission.result());
            }
            case REPLAY -> {
                RequestTrace.outcome(ctx, "REPLAYED " + submission.result().summary());
                answer(ctx, submission.result());
            }
            case KEY_REUSED -> {
                RequestTrace.outcome(ctx, "KEY_REUSED");
                Fhir.problem(ctx, 409, "KEY_REUSED", "This Idempotency-Key was already used for a different request.");
            }
        }
    }

    /** A search discloses a person: the caller says why and for which of its requests, as for any lookup. */
    private void search(Context ctx) {
        Optional<LookupRequests.Refusal> refusal = LookupRequests.refusalOf(ctx);
        if (refusal.isPresent()) {
            badRequest(ctx, refusal.get().code(), refusal.get().reason());
            return;
        }
        String identifier = ctx.queryParam("identifier");
        if (identifier == null || identifier.isBlank()) {
            badRequest(ctx, "MISSING_CONDITION", "Search patients by identifier=<system>|<value>.");
            return;
        }
        try {
            Optional<ObjectNode> found = service.search(identifier);
            RequestTrace.outcome(ctx, "FOUND " + (found.isPresent() ? 1 : 0));
            Fhir.answer(ctx, 200, Fhir.searchset(found.stream().toList()));
        } catch (Rejected invalid) {
            badRequest(ctx, invalid.code(), invalid.reason());
        }
    }

    private void read(Context ctx) {
        Optional<ObjectNode> patient = service.read(ctx.pathParam("id"));
        if (patient.isEmpty()) {
            RequestTrace.outcome(ctx, "NOT_FOUND");
            Fhir.problem(ctx, 404, SnsRules.UNKNOWN_PATIENT, "No patient has this id.");
            return;
        }
        RequestTrace.outcome(ctx, "FOUND");
        ctx.header("ETag", "W/\"" + PatientResources.version(patient.get()) + "\"");
        Fhir.answer(ctx, 200, patient.get());
    }

    private static void answer(Context ctx, SnsResult result) {
        if (result.location() != null) {
            ctx.header("Location", result.location());
            ctx.header("ETag", "W/\"" + result.version() + "\"");
        }
        ctx.status(result.status()).contentType(Fhir.MEDIA_TYPE).result(result.body());
    }

    private static void badRequest(Context ctx, String code, String reason) {
        RequestTrace.outcome(ctx, code);
        Fhir.problem(ctx, 400, code, reason);
    }
}
