package org.citizenshop.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.citizenshop.application.BundleAdministration;
import org.citizenshop.application.CatalogueAdministration;
import org.citizenshop.application.Roles;
import org.citizenshop.web.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A life event's owner composes it: drafts, versions, publishing. */
@Path("/admin/life-events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AGENCY_ADMIN)
@SecurityRequirement(name = ApiApplication.BEARER)
@Tag(name = "Catalogue administration")
public class AdminLifeEventsResource {

    @Inject
    BundleAdministration bundles;

    @GET
    @Operation(summary = "Every life event, saying whether the caller's agency owns (may compose) it")
    public List<BundleAdministration.BundleEntry> lifeEvents() {
        return bundles.lifeEvents();
    }

    @GET
    @Path("/{lifeEvent}/versions")
    @Operation(summary = "The life event's versions, newest first, each with what changed")
    public List<CatalogueAdministration.VersionEntry> versions(@PathParam("lifeEvent") String lifeEvent) {
        return bundles.versions(lifeEvent);
    }

    @GET
    @Path("/{lifeEvent}/versions/{version}")
    @Operation(summary = "One version's definition: names, summary, search words, steps")
    public LifeEventDefinitionJson version(
            @PathParam("lifeEvent") String lifeEvent, @PathParam("version") int version) {
        return LifeEventDefinitionJson.of(bundles.definition(lifeEvent, version));
    }

    @PUT
    @Path("/{lifeEvent}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create or change the life event's draft; refused if its steps wait for each other in a circle")
    @APIResponse(responseCode = "200", description = "The draft, saved")
    @APIResponse(
            responseCode = "403",
            description = "Another agency's life event",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "422",
            description = "A cycle, an unknown service or step, a missing name",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CatalogueAdministration.VersionEntry saveDraft(@PathParam("lifeEvent") String lifeEvent, String body) {
        return bundles.saveDraft(lifeEvent, LifeEventDefinitionJson.parse(body));
    }

    @POST
    @Path("/{lifeEvent}/publish")
    @Operation(summary = "Publish the draft as the life event's new version")
    @APIResponse(responseCode = "409", description = "No draft", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CatalogueAdministration.VersionEntry publish(@PathParam("lifeEvent") String lifeEvent) {
        return bundles.publish(lifeEvent);
    }
}
