package org.citizenshop.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.citizenshop.application.CaseView;
import org.citizenshop.application.Cases;
import org.citizenshop.domain.model.LocalizedText;
import org.citizenshop.web.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Anyone holding a receipt checks that it is genuine, with the code printed on it; nothing personal is shown. */
@Path("/public/verify")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public", description = "What anyone may read")
public class PublicVerifyResource {

    /** What a genuine receipt stands for. */
    public record Verification(
            boolean genuine,
            String kind,
            String reference,
            LocalizedText name,
            String shop,
            Instant submittedAt,
            String progress) {}

    @Inject
    Cases cases;

    @GET
    @Path("/{code}")
    @Operation(
            summary = "Check a receipt",
            description = "The code is the case reference and its tracking code, as printed on the receipt:"
                    + " CS-2026-000123-ABCD2345.")
    @APIResponse(responseCode = "200", description = "The receipt is genuine: what it is for")
    @APIResponse(
            responseCode = "404",
            description = "No receipt has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Verification verify(@PathParam("code") String code) {
        String typed = code == null ? "" : code.strip();
        int split = typed.lastIndexOf('-');
        String reference = split < 0 ? typed : typed.substring(0, split);
        String tracking = split < 0 ? "" : typed.substring(split + 1);
        CaseView found = cases.track(reference, tracking.isEmpty() ? "-" : tracking);
        return new Verification(
                true, "receipt", found.reference(), found.name(), found.shop(), found.submittedAt(), found.progress());
    }
}
