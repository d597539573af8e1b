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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.citizenshop.application.Appointments;
import org.citizenshop.application.Roles;
import org.citizenshop.domain.model.ticket.Channel;
import org.citizenshop.web.problem.Problem;
import org.citizenshop.web.problem.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One booking, reached by its confirmation code. */
@Path("/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments")
public class AppointmentsResource {

    @Inject
    Appointments appointments;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    @Path("/{code}")
    @Operation(summary = "The booking: when, where, what, the assistance asked for, from when to check in")
    @APIResponse(responseCode = "200", description = "The appointment")
    @APIResponse(
            responseCode = "404",
            description = "No appointment has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public AppointmentJson appointment(@PathParam("code") String code) {
        return AppointmentJson.of(appointments.appointment(code), locale());
    }

    @POST
    @Path("/{code}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the booking to another free slot; the code stays")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(example = "{\"start\":\"2026-12-02T14:40:00Z\"}")))
    @APIResponse(responseCode = "200", description = "The appointment, moved")
    @APIResponse(
            responseCode = "409",
            description = "Already checked in, cancelled or past; the slot was just taken; the quota is used up",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "422",
            description = "Not a free slot, or in the past",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public AppointmentJson reschedule(@PathParam("code") String code, String body) {
        JsonObject json = JsonBodies.object(body);
        return AppointmentJson.of(
                appointments.reschedule(code, Starts.parse(JsonBodies.string(json, "start"))), locale());
    }

    @POST
    @Path("/{code}/cancel")
    @Operation(summary = "Cancel the booking: the slot is free again")
    @APIResponse(responseCode = "200", description = "The appointment, cancelled")
    @APIResponse(
            responseCode = "409",
            description = "Already checked in or cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public AppointmentJson cancel(@PathParam("code") String code) {
        return AppointmentJson.of(appointments.cancel(code), locale());
    }

    @POST
    @Path("/{code}/check-in")
    @RolesAllowed({Roles.KIOSK, Roles.CLERK})
    @SecurityRequirement(name = ApiApplication.BEARER)
    @Operation(
            summary = "The citizen is at the shop (a kiosk device or a clerk)",
            description = "Within the window (from 30 minutes before the slot to 10 minutes after, per shop)"
                    + " the booking becomes a ticket called first when its slot is due; later, a walk-in"
                    + " ticket (late=true); earlier, 409 saying from when.")
    @APIResponse(responseCode = "200", description = "The appointment and its ticket")
    @APIResponse(
            responseCode = "409",
            description = "Too early, another day, already checked in or cancelled, or the shop is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public AppointmentJson.CheckInJson checkIn(@PathParam("code") String code) {
        Appointments.CheckIn checkIn =
                appointments.checkIn(code, security.isUserInRole(Roles.KIOSK) ? Channel.KIOSK : Channel.API);
        return new AppointmentJson.CheckInJson(
                AppointmentJson.of(checkIn.appointment(), locale()),
                TicketJson.of(checkIn.ticket(), locale()),
                checkIn.late());
    }

    private Locale locale() {
        return Problems.of(headers, uri).locale();
    }
}
