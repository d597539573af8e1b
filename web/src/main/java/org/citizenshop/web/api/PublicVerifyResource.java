package org.citizenshop.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.citizenshop.web.api.Verifications.Verification;
import org.citizenshop.web.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Anyone holding a receipt, or a document an agency issued through the shop, checks that it is
 * genuine with the code printed on it; nothing personal is shown.
 */
@Path("/public/verify")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public", description = "What anyone may read")
public class PublicVerifyResource {

    @Inject
    Verifications verifications;

    @GET
    @Path("/{code}")
    @Operation(
            summary = "Check a receipt or a document an agency issued",
            description = "A receipt's code is the case reference and its tracking code, as printed on it:"
                    + " CS-2026-000123-ABCD2345. A document's is the agency's verification code printed on it"
                    + " (IRN-7KQ3-9XMP-2B4D), or the SHA-256 digest of the file (64 hexadecimal digits), which also"
                    + " tells that the file is the very one issued. The answer says which agency issued it, for"
                    + " which service and when; never whom it concerns.")
    @APIResponse(responseCode = "200", description = "Genuine: what it is for")
    @APIResponse(
            responseCode = "404",
            description = "No receipt or document is known by this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Verification verify(@PathParam("code") String code) {
        return verifications.check(code);
    }
}
