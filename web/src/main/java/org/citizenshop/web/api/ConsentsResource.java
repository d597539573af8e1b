package org.citizenshop.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.citizenshop.application.ConsentRequest;
import org.citizenshop.application.ConsentView;
import org.citizenshop.application.Consents;
import org.citizenshop.application.Prefill;
import org.citizenshop.application.Roles;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.web.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A clerk asks the citizen's consent (answered on the desk's customer display), then prefills from the registries. */
@Path("/consents")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiApplication.BEARER)
@Tag(
        name = "Consent",
        description = "The citizen's consent before his data is read or shared, and the prefill it allows")
public class ConsentsResource {

    @Inject
    Consents consents;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    @Operation(
            summary = "Ask the citizen at the desk for his consent to a life event",
            description = "Body: {\"desk\":\"LX-01\",\"lifeEvent\":\"BIRTH\",\"civilId\":\"12345678\", optional"
                    + " \"legalBasis\":\"SELF|PARENT_OF_MINOR|ATTORNEY|ESTATE_ADMINISTRATOR\",\"onBehalfOf\":\"…\","
                    + "\"basisDocument\":\"…\"}. The customer display paired with the desk shows what would be"
                    + " read from which registry and sent to which agency for which purpose; the citizen answers"
                    + " there. The clerk's own click cannot give it.")
    @APIResponse(responseCode = "201", description = "The consent, waiting for the citizen's answer")
    @APIResponse(
            responseCode = "409",
            description = "The clerk is not signed in at the desk",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "422",
            description = "A civil ID number or a proxy's basis that does not hold",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response request(String body) {
        JsonObject json = JsonBodies.object(body);
        ConsentView asked = consents.request(new ConsentRequest(
                JsonBodies.string(json, "desk"),
                JsonBodies.string(json, "lifeEvent"),
                JsonBodies.string(json, "civilId"),
                JsonBodies.string(json, "legalBasis"),
                JsonBodies.string(json, "onBehalfOf"),
                JsonBodies.string(json, "basisDocument")));
        return Response.created(uri.getAbsolutePathBuilder().path(asked.id()).build())
                .entity(asked)
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.CITIZEN})
    @Operation(summary = "A consent and its answer (a citizen sees only his own)")
    @APIResponse(responseCode = "200", description = "The consent")
    @APIResponse(
            responseCode = "404",
            description = "No such consent",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ConsentView find(@PathParam("id") String id) {
        return consents.find(id);
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({Roles.CLERK, Roles.CITIZEN})
    @Operation(
            summary = "Withdraw a consent",
            description = "By the citizen (his own) or a clerk at his request: the steps of its cases not sent yet"
                    + " are cancelled; what the agencies received stays with them.")
    @APIResponse(responseCode = "200", description = "The consent, withdrawn")
    @APIResponse(
            responseCode = "409",
            description = "The consent was not given (or is withdrawn already)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ConsentView withdraw(@PathParam("id") String id) {
        return consents.withdraw(id);
    }

    @POST
    @Path("/{id}/prefill")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.CITIZEN})
    @Operation(
            summary = "Prefill the life event's form from the registries the consent covers",
            description =
                    "Body: the values typed so far, {\"mother.civilId\":\"12345678\"} (they tell which parent"
                            + " the citizen is). Answer: {\"values\":{field:value},\"fromRegistry\":[fields],\"unknown\":false}.")
    @APIResponse(responseCode = "200", description = "The prefilled values")
    @APIResponse(
            responseCode = "409",
            description = "The consent is not given",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "503",
            description = "The registry cannot be asked now; the form can be filled in by hand",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Prefill prefill(@PathParam("id") String id, String body) {
        Map<String, String> typed = new LinkedHashMap<>();
        if (body != null && !body.isBlank()) {
            JsonObject json = JsonBodies.object(body);
            for (Map.Entry<String, JsonValue> entry : json.entrySet()) {
                if (!(entry.getValue() instanceof JsonString text)) {
                    throw new InvalidInputException(
                            entry.getKey(), "problem.malformedBody", "Each typed value is a string");
                }
                typed.put(entry.getKey(), text.getString());
            }
        }
        return consents.prefill(id, typed);
    }
}
