package org.citizenshop.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.citizenshop.application.CatalogueAdministration;
import org.citizenshop.application.Roles;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.web.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Agency administrators: their services' drafts, versions and publishing. */
@Path("/admin/services")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AGENCY_ADMIN)
@SecurityRequirement(name = ApiApplication.BEARER)
@Tag(name = "Catalogue administration", description = "Agencies edit and publish their own services")
public class AdminServicesResource {

    @Inject
    CatalogueAdministration administration;

    @GET
    @Operation(summary = "Every service, the caller's agency's first, each saying whether he may edit it")
    public List<CatalogueAdministration.ServiceEntry> services() {
        return administration.services();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Propose a new service of the caller's agency",
            description = "The body is a definition with its \"code\" (starting with the agency's code, e.g."
                    + " IRN-MARRIAGE). Version 1 is a draft; once published, every shop that serves the agency"
                    + " offers it.")
    @APIResponse(responseCode = "201", description = "The new service's first version, a draft")
    @APIResponse(
            responseCode = "409",
            description = "The code is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "422",
            description = "Another agency's code, or a rule of the definition is broken",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response create(String body) {
        String code = JsonBodies.string(JsonBodies.object(body), "code");
        if (code == null || code.isBlank()) {
            throw new org.citizenshop.domain.model.InvalidInputException(
                    "code", "validation.required", "code is required");
        }
        CatalogueAdministration.VersionEntry first = administration.createService(code, DefinitionJson.parse(body));
        return Response.status(Response.Status.CREATED).entity(first).build();
    }

    @GET
    @Path("/{service}/versions")
    @Operation(summary = "The service's versions, newest first, each with what changed since the one before")
    @APIResponse(
            responseCode = "404",
            description = "No such service",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<CatalogueAdministration.VersionEntry> versions(@PathParam("service") String service) {
        return administration.versions(service);
    }

    @GET
    @Path("/{service}/versions/{version}")
    @Operation(summary = "One version's definition")
    @APIResponse(
            responseCode = "404",
            description = "No such service or version",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public DefinitionJson version(@PathParam("service") String service, @PathParam("version") int version) {
        return DefinitionJson.of(administration.definition(service, version));
    }

    @PUT
    @Path("/{service}/versions/{version}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a draft version (published and retired versions never change: 409)")
    @APIResponse(responseCode = "200", description = "The draft, saved")
    @APIResponse(
            responseCode = "403",
            description = "Another agency's service",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Not a draft", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "422",
            description = "A rule of the definition is broken",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CatalogueAdministration.VersionEntry changeVersion(
            @PathParam("service") String service, @PathParam("version") int version, String body) {
        var definition = DefinitionJson.parse(body);
        CatalogueAdministration.VersionEntry current = administration.versions(service).stream()
                .filter(entry -> entry.number() == version)
                .findFirst()
                .orElseThrow(() -> new org.citizenshop.domain.model.NotFoundException(
                        "catalogue.versionUnknown", "No version " + version + " of " + service, version, service));
        if (!"DRAFT".equals(current.status())) {
            throw new ConflictException(
                    "catalogue.versionImmutable",
                    "Version " + version + " of " + service + " is " + current.status(),
                    version,
                    service);
        }
        return administration.saveDraft(service, definition);
    }

    @PUT
    @Path("/{service}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create the service's draft (the next version) or change it; not live until published")
    @APIResponse(responseCode = "200", description = "The draft, saved")
    @APIResponse(
            responseCode = "403",
            description = "Another agency's service",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "422",
            description = "A rule of the definition is broken",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CatalogueAdministration.VersionEntry saveDraft(@PathParam("service") String service, String body) {
        return administration.saveDraft(service, DefinitionJson.parse(body));
    }

    @DELETE
    @Path("/{service}/draft")
    @Operation(summary = "Throw the draft away")
    @APIResponse(responseCode = "204", description = "Discarded")
    public Response discardDraft(@PathParam("service") String service) {
        administration.discardDraft(service);
        return Response.noContent().build();
    }

    @POST
    @Path("/{service}/publish")
    @Operation(summary = "Publish the draft as the service's new version; the previous one is retired, kept")
    @APIResponse(responseCode = "200", description = "The published version, with what changed")
    @APIResponse(
            responseCode = "403",
            description = "Another agency's service",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "No draft", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CatalogueAdministration.VersionEntry publish(@PathParam("service") String service) {
        return administration.publish(service);
    }
}
