package org.citizenshop.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.citizenshop.application.AppointmentView;
import org.citizenshop.application.Appointments;
import org.citizenshop.application.BookingRequest;
import org.citizenshop.application.Roles;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.ticket.Channel;
import org.citizenshop.web.problem.Problem;
import org.citizenshop.web.problem.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/shops/{shop}/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments", description = "Free slots, booking, rescheduling, cancelling and checking in")
public class ShopAppointmentsResource {

    @Inject
    Appointments appointments;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    @Operation(
            summary = "Free slots of a service on a day",
            description = "Cut from the desks' hours in steps of the service's average duration. Public.")
    @APIResponse(responseCode = "200", description = "The day's free slots (none on a day the desks do not work)")
    @APIResponse(
            responseCode = "422",
            description = "Missing or malformed date or service, a past day, beyond the booking horizon",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public AppointmentJson.DaySlotsJson slots(
            @PathParam("shop") String shop,
            @Parameter(description = "A service code, e.g. IRN-CC", required = true) @QueryParam("service")
                    String service,
            @Parameter(description = "The day, e.g. 2026-12-01", required = true) @QueryParam("date") String date) {
        return AppointmentJson.DaySlotsJson.of(
                appointments.freeSlots(shop, required(service, "service"), day(date)), locale());
    }

    @GET
    @Path("/next")
    @Operation(summary = "The first free slot of a service from now on, within the booking horizon")
    @APIResponse(responseCode = "200", description = "The slot")
    @APIResponse(responseCode = "204", description = "No free slot within the horizon")
    public Response next(@PathParam("shop") String shop, @QueryParam("service") String service) {
        return appointments
                .nextFree(shop, required(service, "service"))
                .map(slot -> Response.ok(AppointmentJson.SlotJson.of(slot)).build())
                .orElse(Response.noContent().build());
    }

    @GET
    @Path("/booked")
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    @SecurityRequirement(name = ApiApplication.BEARER)
    @Operation(summary = "The shop's bookings of a day, with the assistance asked for (staff only)")
    public List<AppointmentJson> booked(@PathParam("shop") String shop, @QueryParam("date") String date) {
        return appointments.ofDay(shop, day(date)).stream()
                .map(view -> AppointmentJson.of(view, locale()))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Book a free slot",
            description = "Send back a slot's start. Assistance: SIGN_LANGUAGE_INTERPRETER, WHEELCHAIR_ACCESS,"
                    + " LANGUAGE_INTERPRETER (then also interpreterLanguage). The answer's code is the"
                    + " confirmation: it manages the booking and checks in at the kiosk.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            example =
                                                    "{\"service\":\"IRN-CC\",\"start\":\"2026-12-01T10:20:00Z\",\"needs\":[\"WHEELCHAIR_ACCESS\"]}")))
    @APIResponse(responseCode = "201", description = "Booked; Location is the appointment")
    @APIResponse(
            responseCode = "409",
            description = "The slot was just taken, or the day's appointment quota is used up",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "422",
            description = "Unknown service, a start that is not a free slot or is past, an unknown need",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response book(@PathParam("shop") String shop, String body) {
        JsonObject json = JsonBodies.object(body);
        AppointmentView booked = appointments.book(new BookingRequest(
                shop,
                JsonBodies.string(json, "service"),
                Starts.parse(JsonBodies.string(json, "start")),
                needs(json),
                JsonBodies.string(json, "interpreterLanguage"),
                security.isUserInRole(Roles.KIOSK) ? Channel.KIOSK : Channel.API));
        return Response.created(uri.getBaseUriBuilder()
                        .path(AppointmentsResource.class)
                        .path(booked.code())
                        .build())
                .entity(AppointmentJson.of(booked, locale()))
                .build();
    }

    private static Set<String> needs(JsonObject json) {
        JsonValue value = json.get("needs");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Set.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidInputException("needs", "problem.malformedBody", "needs must be a list");
        }
        Set<String> needs = new LinkedHashSet<>();
        for (JsonValue need : (JsonArray) value) {
            if (need.getValueType() != JsonValue.ValueType.STRING) {
                throw new InvalidInputException("needs", "problem.malformedBody", "needs are names");
            }
            needs.add(((JsonString) need).getString());
        }
        return needs;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "validation.required", field + " is required");
        }
        return value;
    }

    private static LocalDate day(String date) {
        try {
            return LocalDate.parse(required(date, "date").strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "appointment.dateFormat", "A date looks like 2026-12-01", date);
        }
    }

    private Locale locale() {
        return Problems.of(headers, uri).locale();
    }
}
