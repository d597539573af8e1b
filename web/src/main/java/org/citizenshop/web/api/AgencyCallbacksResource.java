package org.citizenshop.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.citizenshop.application.AgencyCallbacks;
import org.citizenshop.web.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Agencies' webhooks. A callback proves where it comes from with its signature (an HMAC of the body
 * with the secret the agency shares with the shop), checked by the integration layer.
 */
@Path("/agency-callbacks")
@Tag(name = "Agency callbacks", description = "Agencies report results of the tasks they acknowledged")
public class AgencyCallbacksResource {

    @Inject
    AgencyCallbacks callbacks;

    @POST
    @Path("/{agency}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "An agency's call: the municipality's result for a task it acknowledged (cml), the civil"
                    + " registry's events (irn: a birth registered at a maternity); repeating one changes nothing",
            description = "Signed: X-CML-Signature or X-IRN-Signature = sha256=<hex HMAC-SHA256 of the body>"
                    + " (docs/agency-interfaces.md).")
    @APIResponse(responseCode = "204", description = "Recorded (or recorded before)")
    @APIResponse(
            responseCode = "400",
            description = "The body cannot be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "401",
            description = "The signature is missing or wrong",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response receive(
            @PathParam("agency") String agency,
            @HeaderParam("X-CML-Signature") String municipalitySignature,
            @HeaderParam("X-IRN-Signature") String registrySignature,
            String body) {
        String signature = "irn".equals(agency) ? registrySignature : municipalitySignature;
        return switch (callbacks.receive(agency, body == null ? "" : body, signature)) {
            case ACCEPTED -> Response.noContent().build();
            case NOT_GENUINE -> throw new jakarta.ws.rs.NotAuthorizedException("Signature");
            case UNREADABLE -> throw new jakarta.ws.rs.BadRequestException("The callback cannot be read");
        };
    }
}
