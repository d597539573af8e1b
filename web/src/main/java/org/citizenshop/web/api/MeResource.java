package org.citizenshop.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.citizenshop.application.ConsentView;
import org.citizenshop.application.Consents;
import org.citizenshop.application.DataAccessView;
import org.citizenshop.application.DataTracker;
import org.citizenshop.application.Roles;
import org.citizenshop.web.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The logged-in citizen's own: who accessed his data and why, and his consents. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiApplication.BEARER)
@RolesAllowed(Roles.CITIZEN)
@Tag(name = "My data", description = "A citizen's data log and consents")
public class MeResource {

    @Inject
    DataTracker tracker;

    @Inject
    Consents consents;

    @GET
    @Path("/data-log")
    @Operation(
            summary = "Who accessed my personal data, when and why",
            description = "Newest first: every read, registry lookup, sending to an agency and change, by whom (a"
                    + " user, an agency, the system) in which role, the purpose and the case it served.")
    @APIResponse(responseCode = "200", description = "The entries")
    @APIResponse(
            responseCode = "403",
            description = "The login does not say which citizen this is",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<DataAccessView> dataLog() {
        return tracker.mine();
    }

    @GET
    @Path("/consents")
    @Operation(summary = "My consents, newest first")
    @APIResponse(responseCode = "200", description = "The consents")
    public List<ConsentView> consents() {
        return consents.mine();
    }

    @POST
    @Path("/consents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Give my consent to a life event myself (kiosk self-service)",
            description = "Body: {\"lifeEvent\":\"MOVING\",\"shop\":\"LX-LARANJEIRAS\"}.")
    @APIResponse(responseCode = "201", description = "The consent, given")
    public Response give(String body) {
        JsonObject json = JsonBodies.object(body);
        ConsentView given = consents.giveAtKiosk(JsonBodies.string(json, "lifeEvent"), JsonBodies.string(json, "shop"));
        return Response.status(Response.Status.CREATED).entity(given).build();
    }
}
