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
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.citizenshop.application.CaseSubmission;
import org.citizenshop.application.CaseView;
import org.citizenshop.application.Cases;
import org.citizenshop.application.Proofs;
import org.citizenshop.application.Roles;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.web.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Submitting a life event or a service as a case, and its status board, for the staff and kiosks. */
@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiApplication.BEARER)
@Tag(name = "Cases", description = "Life events and services submitted once, carried to every agency")
public class CasesResource {

    @Inject
    Cases cases;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.KIOSK, Roles.CITIZEN})
    @Operation(
            summary = "Submit a life event (or one service) as a case",
            description = "Body: {\"shop\":\"LX-LARANJEIRAS\",\"desk\":\"LX-01\" (clerks),\"lifeEvent\":\"BIRTH\" or"
                    + " \"service\":\"IRN-CERT\",\"chosen\":[optional steps],\"data\":{\"field.key\":\"value\"},"
                    + "\"applicantCivilId\":\"12345678\",\"consent\":\"id\",\"document\":{\"type\":\"CITIZEN_CARD\","
                    + "\"number\":\"123456782ZZ6\",\"checked\":true}}: at a desk, a step that needs the citizen identified"
                    + " by a presented document needs the document he showed, its photo and validity checked by the clerk. A life event needs the consent the"
                    + " citizen gave for it (POST /consents, answered on the desk's customer display; or, logged in"
                    + " at a kiosk, POST /me/consents); a citizen's own login is the applicant. The whole form is checked first and every problem answered"
                    + " at once; then the case is opened with one task per step, and the steps that need nothing"
                    + " else go to their agencies. The answer holds the reference and the tracking code of the"
                    + " receipt.")
    @APIResponse(responseCode = "201", description = "The case's status board")
    @APIResponse(
            responseCode = "404",
            description = "No such shop, desk, life event or service",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "A step is not offered, or not on this channel (a kiosk cannot do what needs a document)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "422",
            description = "The form's problems, each on its field",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response submit(String body) {
        JsonObject json = JsonBodies.object(body);
        Set<String> chosen = new LinkedHashSet<>();
        JsonValue list = json.get("chosen");
        if (list != null && list.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue value : list.asJsonArray()) {
                if (!(value instanceof JsonString text)) {
                    throw new InvalidInputException("chosen", "problem.malformedBody", "chosen lists service codes");
                }
                chosen.add(text.getString());
            }
        }
        Map<String, String> data = new LinkedHashMap<>();
        JsonValue given = json.get("data");
        if (given != null && given.getValueType() == JsonValue.ValueType.OBJECT) {
            for (String key : given.asJsonObject().keySet()) {
                data.put(key, JsonBodies.string(given.asJsonObject(), key));
            }
        }
        CaseView opened = cases.submit(new CaseSubmission(
                JsonBodies.string(json, "shop"),
                JsonBodies.string(json, "desk"),
                JsonBodies.string(json, "lifeEvent"),
                JsonBodies.string(json, "service"),
                chosen,
                data,
                JsonBodies.string(json, "applicantCivilId"),
                JsonBodies.string(json, "consent"),
                document(json)));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(opened.reference()).build())
                .entity(opened)
                .build();
    }

    @Inject
    org.citizenshop.application.ProposedCases proposals;

    @GET
    @Path("/proposals")
    @RolesAllowed(Roles.CLERK)
    @Operation(
            summary =
                    "Cases the shop proposes to this citizen (a birth registered at a maternity), waiting for consent",
            description = "civilId: the citizen at the desk, as read from the document he showed.")
    @APIResponse(
            responseCode = "422",
            description = "Not a civil ID number",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public java.util.List<CaseView> proposals(@jakarta.ws.rs.QueryParam("civilId") String civilId) {
        return proposals.proposalsFor(civilId == null ? "" : civilId);
    }

    @POST
    @Path("/{reference}/consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    @Operation(
            summary = "The citizen at the desk consents to a proposed case: it goes on as a case of this shop",
            description = "Body: {\"consent\":\"id\",\"document\":{\"type\":\"CITIZEN_CARD\",\"number\":\"…\","
                    + "\"checked\":true}}: the consent to the birth bundle that a parent the proposal is for gave on the"
                    + " customer display of the clerk's desk (POST /consents), and the document that parent showed.")
    @APIResponse(responseCode = "200", description = "The case's status board, its steps on their way")
    @APIResponse(
            responseCode = "403",
            description = "The proposal is not for this citizen",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "The case waits for nobody's consent",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CaseView consent(@PathParam("reference") String reference, String body) {
        JsonObject json = JsonBodies.object(body);
        String consent = JsonBodies.string(json, "consent");
        if (consent == null || consent.isBlank()) {
            throw new InvalidInputException("consent", "validation.required", "consent is required");
        }
        return proposals.consent(reference, consent, document(json));
    }

    /** The optional {"document":{"type","number","checked"}} of a desk's submission. */
    private static CaseSubmission.Document document(JsonObject json) {
        JsonValue value = json.get("document");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException("document", "problem.malformedBody", "document is an object");
        }
        JsonObject document = value.asJsonObject();
        JsonValue checked = document.get("checked");
        return new CaseSubmission.Document(
                JsonBodies.string(document, "type"),
                JsonBodies.string(document, "number"),
                checked != null && checked.getValueType() == JsonValue.ValueType.TRUE);
    }

    @GET
    @Path("/{reference}")
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    @Operation(summary = "A case's status board: every step, its agency, state, SLA clock and result")
    @APIResponse(responseCode = "404", description = "No such case", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CaseView find(@PathParam("reference") String reference) {
        return cases.find(reference);
    }

    @Inject
    Proofs proofs;

    @GET
    @Path("/{reference}/tasks/{key}/document")
    // JSON too: a client that asks for JSON (as API clients do) gets its 401, 403 or 404 as problem details, not a 406.
    @Produces({"application/pdf", Problem.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    @Operation(
            summary = "The document an agency issued for a step of the case (its proof of completion)",
            description = "key: the step's request key, as on the case's board. The PDF as the agency sent it; its"
                    + " SHA-256 digest in Repr-Digest. The document is personal data: the read is on the data"
                    + " tracker of everyone in the case.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(
            responseCode = "404",
            description = "No such case or step, or no document for it",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response document(@PathParam("reference") String reference, @PathParam("key") String key) {
        Proofs.ProofFile document = proofs.document(reference, key);
        return Response.ok(document.content(), document.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .header(
                        "Repr-Digest",
                        "sha-256=:"
                                + Base64.getEncoder()
                                        .encodeToString(HexFormat.of().parseHex(document.sha256()))
                                + ":")
                .build();
    }
}
