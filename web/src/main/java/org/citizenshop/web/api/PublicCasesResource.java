package org.citizenshop.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.citizenshop.application.CaseView;
import org.citizenshop.application.Cases;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.cases.TrackingCode;
import org.citizenshop.web.i18n.Texts;
import org.citizenshop.web.problem.Problem;
import org.citizenshop.web.problem.Problems;
import org.citizenshop.web.receipt.ReceiptLayout;
import org.citizenshop.web.receipt.ReceiptPdf;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Following a case with the receipt's reference and tracking code: states and clocks, nothing personal. */
@Path("/public/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public", description = "What anyone may read")
public class PublicCasesResource {

    @Inject
    Cases cases;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    ServletContext servletContext;

    @GET
    @Path("/{reference}")
    @Operation(
            summary = "A case's public status board",
            description = "Needs the tracking code printed on the receipt. Shows each step's agency, state and SLA"
                    + " clock; no names, no numbers the agencies assigned.")
    @APIResponse(
            responseCode = "404",
            description = "No case with this reference and code",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CaseView track(@PathParam("reference") String reference, @QueryParam("code") String code) {
        return cases.track(reference, code == null ? "" : code);
    }

    @GET
    @Path("/{reference}/receipt")
    @Produces({"application/pdf", Problem.MEDIA_TYPE})
    @Operation(
            summary = "The case's receipt as PDF",
            description = "layout=a4 (desk printer, the default) or thermal (80 mm kiosk printer). Its QR code opens"
                    + " the tracking page, where anyone holding the receipt checks that it is genuine. It lists the"
                    + " documents the agencies issued so far, each by its reference and verification code.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(
            responseCode = "404",
            description = "No case with this reference and code",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "422",
            description = "An unknown layout",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response receipt(
            @PathParam("reference") String reference,
            @QueryParam("code") String code,
            @QueryParam("layout") String layout,
            @QueryParam("lang") String lang) {
        ReceiptLayout paper = ReceiptLayout.named(layout)
                .orElseThrow(() -> new InvalidInputException(
                        "layout", "receipt.unknownLayout", "The layout is a4 or thermal", String.valueOf(layout)));
        CaseView found = cases.receipt(reference, code == null ? "" : code);
        // The receipt carries the tracking code the citizen holds; track() leaves it out of the public board.
        CaseView receipt = new CaseView(
                found.reference(),
                TrackingCode.of(code).value(),
                found.lifeEvent(),
                found.name(),
                found.shop(),
                found.channel(),
                found.submittedAt(),
                found.progress(),
                found.tasks(),
                found.consent(),
                found.identification());
        Locale locale = lang == null || lang.isBlank()
                ? Problems.of(headers, uri).locale()
                : Texts.supported(Locale.forLanguageTag(lang));
        byte[] pdf = new ReceiptPdf(paper, locale).render(receipt, trackingUrl(receipt));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + receipt.reference() + ".pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The tracking page of the case with its code: what the receipt's QR code opens. */
    private String trackingUrl(CaseView receipt) {
        return uri.getBaseUriBuilder()
                .replacePath(servletContext.getContextPath() + "/track/")
                .replaceQuery(null)
                .queryParam("ref", receipt.reference())
                .queryParam("code", receipt.trackingCode())
                .build()
                .toString();
    }
}
