package org.citizenshop.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.citizenshop.application.Roles;
import org.citizenshop.application.TicketQueries;
import org.citizenshop.application.Transfer;
import org.citizenshop.application.VisitOperations;
import org.citizenshop.web.problem.Problem;
import org.citizenshop.web.problem.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets", description = "Where a ticket stands, and what the clerk serving it does")
public class TicketsResource {

    @Inject
    TicketQueries queries;

    @Inject
    VisitOperations visits;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Path("/{id}")
    @Operation(
            summary = "A ticket's status, and while it waits its position and estimated wait",
            description = "Public: a ticket carries no personal data.")
    @APIResponse(responseCode = "200", description = "The ticket")
    @APIResponse(
            responseCode = "404",
            description = "No such ticket",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public TicketJson ticket(@PathParam("id") long id) {
        return json(queries.ticket(id));
    }

    @POST
    @Path("/{id}/start")
    @RolesAllowed(Roles.CLERK)
    @SecurityRequirement(name = ApiApplication.BEARER)
    @Operation(summary = "The citizen has come to the desk: the service starts")
    @APIResponse(responseCode = "200", description = "The ticket, in service")
    @APIResponse(
            responseCode = "409",
            description = "Not called to the caller's desk",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public TicketJson start(@PathParam("id") long id) {
        return json(visits.start(id));
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed(Roles.CLERK)
    @SecurityRequirement(name = ApiApplication.BEARER)
    @Operation(
            summary = "The desk's part is done",
            description = "A journey goes on, with the same number, in the queue of its next service;"
                    + " otherwise the visit ends.")
    @APIResponse(responseCode = "200", description = "The ticket, completed or waiting for its next service")
    @APIResponse(
            responseCode = "409",
            description = "Not at the caller's desk",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public TicketJson complete(@PathParam("id") long id) {
        return json(visits.complete(id));
    }

    @POST
    @Path("/{id}/no-show")
    @RolesAllowed(Roles.CLERK)
    @SecurityRequirement(name = ApiApplication.BEARER)
    @Operation(
            summary = "The citizen did not come",
            description = "Only after the shop's number of recalls (POST /desks/{desk}/recall).")
    @APIResponse(responseCode = "200", description = "The ticket, marked no-show")
    @APIResponse(
            responseCode = "409",
            description = "Not recalled enough, or not at the caller's desk",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public TicketJson noShow(@PathParam("id") long id) {
        return json(visits.markNoShow(id));
    }

    @POST
    @Path("/{id}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    @SecurityRequirement(name = ApiApplication.BEARER)
    @Operation(
            summary = "Send the ticket to another service's queue or to one desk",
            description = "It keeps its number, priority and arrival time, so the citizen does not queue again"
                    + " from the end.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(example = "{\"desk\":\"LXL-05\"}")))
    @APIResponse(responseCode = "200", description = "The ticket, waiting again")
    @APIResponse(
            responseCode = "422",
            description = "Unknown service or desk, or a desk that cannot serve the ticket",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public TicketJson transfer(@PathParam("id") long id, String body) {
        JsonObject json = JsonBodies.object(body);
        return json(
                visits.transfer(id, new Transfer(JsonBodies.string(json, "service"), JsonBodies.string(json, "desk"))));
    }

    private TicketJson json(org.citizenshop.application.TicketView ticket) {
        return TicketJson.of(ticket, Problems.of(headers, uri).locale());
    }
}
