package org.citizenshop.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.citizenshop.application.ConsentView;
import org.citizenshop.application.Consents;
import org.citizenshop.application.DisplayScreen;
import org.citizenshop.application.Roles;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.web.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The customer display facing the citizen at a desk: it registers itself, shows a pairing code a
 * clerk types at his desk, then shows the consents the desk asks and sends the citizen's answer.
 * The display authenticates with the token it got when it registered ({@code X-Display-Token}).
 */
@Path("/customer-displays")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Consent",
        description = "The citizen's consent before his data is read or shared, and the prefill it allows")
public class CustomerDisplaysResource {

    static final String TOKEN = "X-Display-Token";

    @Inject
    Consents consents;

    @POST
    @PermitAll
    @Operation(
            summary = "Register a customer display",
            description = "Answer: {\"token\":\"…\",\"pairingCode\":\"123456\"}; the display keeps the token (its"
                    + " credential) and shows the code until a clerk pairs it with his desk.")
    @APIResponse(responseCode = "201", description = "The display's token and pairing code")
    public Response register() {
        return Response.status(Response.Status.CREATED)
                .entity(consents.registerDisplay())
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("/current")
    @PermitAll
    @Operation(
            summary = "What the display shows now",
            description = "Its pairing code (not paired yet), or its desk and the consent the desk asks (the"
                    + " citizen's civil ID number by its last three digits only).")
    @APIResponse(responseCode = "200", description = "The screen")
    @APIResponse(
            responseCode = "404",
            description = "The token belongs to no display",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public DisplayScreen screen(@HeaderParam(TOKEN) String token) {
        return consents.screen(token(token));
    }

    @POST
    @Path("/current/answers")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The citizen's answer on the display",
            description = "Body: {\"consent\":\"id\",\"given\":true}.")
    @APIResponse(responseCode = "200", description = "The consent, answered")
    @APIResponse(
            responseCode = "403",
            description = "The consent was not asked at this display's desk",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "It was answered already",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ConsentView answer(@HeaderParam(TOKEN) String token, String body) {
        JsonObject json = JsonBodies.object(body);
        if (!json.containsKey("given")
                || json.get("given").getValueType() != jakarta.json.JsonValue.ValueType.TRUE
                        && json.get("given").getValueType() != jakarta.json.JsonValue.ValueType.FALSE) {
            throw new InvalidInputException("given", "problem.malformedBody", "given is true or false");
        }
        return consents.answer(token(token), JsonBodies.string(json, "consent"), json.getBoolean("given"));
    }

    @POST
    @Path("/pairings")
    @RolesAllowed(Roles.CLERK)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Pair the display that shows a code with the clerk's desk",
            description = "Body: {\"desk\":\"LX-01\",\"pairingCode\":\"123456\"}. A display paired before with the"
                    + " desk is unpaired.")
    @APIResponse(responseCode = "204", description = "Paired")
    @APIResponse(
            responseCode = "422",
            description = "No display shows this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response pair(String body) {
        JsonObject json = JsonBodies.object(body);
        consents.pairDisplay(JsonBodies.string(json, "desk"), JsonBodies.string(json, "pairingCode"));
        return Response.noContent().build();
    }

    private static String token(String header) {
        if (header == null || header.isBlank()) {
            throw new InvalidInputException(TOKEN, "display.tokenMissing", "The display's token is missing");
        }
        return header.strip();
    }
}
