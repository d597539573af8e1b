package org.citizenshop.web.api;

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
import org.citizenshop.application.AlertRequest;
import org.citizenshop.application.DigitalTickets;
import org.citizenshop.application.TicketView;
import org.citizenshop.web.problem.Problem;
import org.citizenshop.web.problem.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A ticket reached by its access code (the code a ticket is issued with, and the key of its page):
 * no login, since the code is the proof of holding the ticket.
 */
@Path("/digital-tickets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Digital tickets", description = "Follow a ticket, be alerted before your turn, give it up")
public class DigitalTicketsResource {

    @Inject
    DigitalTickets tickets;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Path("/{code}")
    @Operation(summary = "The ticket, its place in the queue, its estimated wait and its alert")
    @APIResponse(responseCode = "200", description = "The ticket")
    @APIResponse(
            responseCode = "404",
            description = "No ticket has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public TicketJson ticket(@PathParam("code") String code) {
        return json(tickets.ticket(code));
    }

    @POST
    @Path("/{code}/alert")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Alert me when N tickets are before mine",
            description = "By SMS to a Portuguese mobile number or by e-mail; N from 0 to 20. Sent once, through"
                    + " the notification gateway; one alert per ticket.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            example =
                                                    "{\"channel\":\"SMS\",\"contact\":\"912345678\",\"threshold\":3}")))
    @APIResponse(responseCode = "200", description = "The ticket, with its alert (the contact masked)")
    @APIResponse(
            responseCode = "404",
            description = "No ticket has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "The ticket already has an alert, or no longer waits",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "422",
            description = "Not a mobile number or e-mail address, an unknown channel, or N out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public TicketJson alert(@PathParam("code") String code, String body) {
        JsonObject json = JsonBodies.object(body);
        return json(tickets.alertMe(
                code,
                new AlertRequest(
                        JsonBodies.string(json, "channel"),
                        JsonBodies.string(json, "contact"),
                        JsonBodies.integer(json, "threshold", 3))));
    }

    @POST
    @Path("/{code}/cancel")
    @Operation(
            summary = "I will not come",
            description = "The ticket leaves the queue and its place goes back to the day's quota.")
    @APIResponse(responseCode = "200", description = "The ticket, cancelled")
    @APIResponse(
            responseCode = "404",
            description = "No ticket has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "The ticket has already been called or is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public TicketJson cancel(@PathParam("code") String code) {
        return json(tickets.cancel(code));
    }

    private TicketJson json(TicketView ticket) {
        return TicketJson.of(ticket, Problems.of(headers, uri).locale());
    }
}
