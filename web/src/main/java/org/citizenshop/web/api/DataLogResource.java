package org.citizenshop.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.citizenshop.application.DataAccessView;
import org.citizenshop.application.DataTracker;
import org.citizenshop.application.Roles;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.web.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The supervisor's search of the data tracker. */
@Path("/admin/data-log")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiApplication.BEARER)
@RolesAllowed(Roles.SUPERVISOR)
@Tag(name = "My data", description = "A citizen's data log and consents")
public class DataLogResource {

    @Inject
    DataTracker tracker;

    @GET
    @Operation(
            summary = "Search the data tracker",
            description = "By whose data (civilId) and/or who accessed it (actor), from/to as yyyy-MM-dd (the last"
                    + " 30 days by default). The search is itself recorded for the citizens it shows.")
    @APIResponse(responseCode = "200", description = "The entries, newest first (at most 500)")
    @APIResponse(
            responseCode = "400",
            description = "Neither whose data nor who, or a date that is not yyyy-MM-dd",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<DataAccessView> search(
            @QueryParam("civilId") String civilId,
            @QueryParam("actor") String actor,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return tracker.search(civilId, actor, date("from", from), date("to", to));
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            throw new InvalidInputException(field, "validation.date", "A date is yyyy-MM-dd", text);
        }
    }
}
