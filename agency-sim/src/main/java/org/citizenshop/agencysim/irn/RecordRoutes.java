package org.citizenshop.agencysim.irn;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.citizenshop.agencysim.common.AgencyRoutes;
import org.citizenshop.agencysim.common.Identifiers;
import org.citizenshop.agencysim.common.Problem;
import org.citizenshop.agencysim.common.RequestTrace;
import org.citizenshop.agencysim.common.Responses;

/**
 * A person's record for prefilling a form (once-only): given only to a caller who says why it asks and for which of
 * its requests, and every request for it, answered or refused, is kept in {@link RecordLookups}.
 */
final class RecordRoutes {

    static final String PATH = "/irn/v1/citizens/{civilIdNumber}/record";
    static final String CIVIL_ID_PARAM = "civilIdNumber";
    static final String CORRELATION_ID = "X-Correlation-Id";
    static final String PURPOSE = "X-Purpose";

    private static final String AGENCY = "irn";
    private static final Pattern CORRELATION_ID_FORMAT = Pattern.compile("[A-Za-z0-9-]{1,100}");
    private static final Pattern PURPOSE_FORMAT = Pattern.compile("[\\x20-\\x7E]{1,200}");

    private final CivilRegistry registry;
    private final RecordLookups lookups;

    RecordRoutes(CivilRegistry registry, RecordLookups lookups) {
        this.registry = registry;
        this.lookups = lookups;
    }

    void addTo(AgencyRoutes routes) {
        routes.get(PATH, this::showRecord);
        routes.after(PATH, lookups::record);
    }

    void addAdminTo(AgencyRoutes routes) {
        routes.get("/admin/agencies/irn/lookups", this::listLookups);
    }

    private void showRecord(Context ctx) {
        String correlationId = ctx.header(CORRELATION_ID);
        String purpose = ctx.header(PURPOSE);
        String civilIdNumber = ctx.pathParam(CIVIL_ID_PARAM);
        RequestTrace.key(ctx, correlationId);
        if (correlationId == null || correlationId.isEmpty()) {
            badRequest(ctx, "MISSING_CORRELATION_ID", "The X-Correlation-Id header is required.");
        } else if (!CORRELATION_ID_FORMAT.matcher(correlationId).matches()) {
            badRequest(ctx, "INVALID_CORRELATION_ID", "The X-Correlation-Id must be 1 to 100 of A-Z, a-z, 0-9, -.");
        } else if (purpose == null || purpose.isBlank()) {
            badRequest(ctx, "MISSING_PURPOSE", "The X-Purpose header is required: say why the record is looked up.");
        } else if (!PURPOSE_FORMAT.matcher(purpose).matches()) {
            badRequest(ctx, "INVALID_PURPOSE", "The X-Purpose must be 1 to 200 printable ASCII characters.");
        } else if (!Identifiers.isCivilId(civilIdNumber)) {
            badRequest(ctx, "INVALID_CIVIL_ID", "A civil identification number has 8 digits.");
        } else {
            answer(ctx, registry.find(civilIdNumber));
        }
    }

    private static void answer(Context ctx, Optional<Citizen> citizen) {
        if (citizen.isEmpty()) {
            RequestTrace.outcome(ctx, "NOT_FOUND");
            Responses.problem(
                    ctx,
                    Problem.error(
                            AGENCY,
                            404,
                            "NOT_FOUND",
                            "Not found",
                            "No citizen is registered with this civil identification number.",
                            null));
            return;
        }
        RequestTrace.outcome(ctx, "FOUND");
        Citizen found = citizen.get();
        Responses.json(
                ctx,
                200,
                new RecordView(
                        found.civilIdNumber(),
                        found.name(),
                        found.birthDate(),
                        found.address(),
                        found.maritalStatus(),
                        found.partnerCivilIdNumber(),
                        found.deathDate()));
    }

    private void listLookups(Context ctx) {
        String civilIdNumber = ctx.queryParam(CIVIL_ID_PARAM);
        List<RecordLookups.Lookup> found =
                civilIdNumber == null || civilIdNumber.isEmpty() ? lookups.all() : lookups.of(civilIdNumber);
        RequestTrace.outcome(ctx, "LOOKUPS " + found.size());
        Responses.json(ctx, 200, new LookupsView(found.size(), found));
    }

    private static void badRequest(Context ctx, String code, String reason) {
        RequestTrace.outcome(ctx, code);
        Responses.problem(ctx, Problem.error(AGENCY, 400, code, "Bad request", reason, null));
    }

    /** The record as the registry discloses it: no card number; the date of death only for the dead. */
    private record RecordView(
            String civilIdNumber,
            String fullName,
            LocalDate birthDate,
            String address,
            MaritalStatus maritalStatus,
            String partnerCivilIdNumber,
            @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate deathDate) {}

    private record LookupsView(int count, List<RecordLookups.Lookup> lookups) {}
}
