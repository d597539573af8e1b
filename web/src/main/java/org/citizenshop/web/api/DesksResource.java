package org.citizenshop.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.citizenshop.application.DeskOperations;
import org.citizenshop.application.FloorSupervision;
import org.citizenshop.application.Roles;
import org.citizenshop.web.problem.Problem;
import org.citizenshop.web.problem.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/desks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CLERK)
@SecurityRequirement(name = ApiApplication.BEARER)
@Tag(name = "Desks", description = "What a clerk does at a desk")
public class DesksResource {

    @Inject
    DeskOperations desks;

    @Inject
    FloorSupervision supervision;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Path("/{desk}")
    @Operation(summary = "The desk's state: who is signed in, the ticket being served, how many wait")
    @APIResponse(responseCode = "200", description = "The desk")
    @APIResponse(responseCode = "401", description = "No token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Not a clerk", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such desk", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public DeskJson desk(@PathParam("desk") String desk) {
        return DeskJson.of(desks.state(desk), locale());
    }

    @POST
    @Path("/{desk}/recall")
    @Operation(
            summary = "Announce the called ticket again",
            description = "The boards repeat the call; after the shop's number of recalls a no-show may be recorded.")
    @APIResponse(responseCode = "200", description = "The ticket, with its recall count")
    @APIResponse(
            responseCode = "409",
            description = "No ticket called at this desk, or the caller is not at it",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public TicketJson recall(@PathParam("desk") String desk) {
        return TicketJson.of(desks.recall(desk), locale());
    }

    @POST
    @Path("/{desk}/pause")
    @Operation(summary = "A break: the desk calls nobody until resumed")
    @APIResponse(responseCode = "200", description = "The desk")
    @APIResponse(
            responseCode = "409",
            description = "A ticket is still at the desk",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public DeskJson pause(@PathParam("desk") String desk) {
        return DeskJson.of(desks.pause(desk), locale());
    }

    @POST
    @Path("/{desk}/resume")
    @Operation(summary = "Back from a break")
    @APIResponse(responseCode = "200", description = "The desk")
    public DeskJson resume(@PathParam("desk") String desk) {
        return DeskJson.of(desks.resume(desk), locale());
    }

    @POST
    @Path("/{desk}/call-next")
    @Operation(
            summary = "Call the next ticket to this desk",
            description = "Finishes the visit in progress at the desk, if any, and calls the next ticket the desk"
                    + " may serve (priority tickets first, then by arrival). Signs the caller in at a free desk.")
    @APIResponse(responseCode = "200", description = "The ticket called")
    @APIResponse(responseCode = "204", description = "Nobody waits for this desk")
    @APIResponse(responseCode = "401", description = "No token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Not a clerk", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such desk", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "Another clerk is signed in at this desk",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response callNext(@PathParam("desk") String desk) {
        return desks.callNext(desk)
                .map(ticket -> Response.ok(TicketJson.of(ticket, locale())).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @POST
    @Path("/{desk}/close")
    @RolesAllowed(Roles.SUPERVISOR)
    @Tag(name = "Supervisor")
    @Operation(summary = "Close a desk whoever is at it; its called ticket waits again, keeping its place")
    @APIResponse(responseCode = "204", description = "Closed")
    @APIResponse(
            responseCode = "403",
            description = "Not a supervisor",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response close(@PathParam("desk") String desk) {
        supervision.closeDesk(desk);
        return Response.noContent().build();
    }

    private Locale locale() {
        return Problems.of(headers, uri).locale();
    }
}
