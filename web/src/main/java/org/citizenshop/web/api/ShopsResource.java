package org.citizenshop.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.citizenshop.application.DayClosing;
import org.citizenshop.application.FloorSupervision;
import org.citizenshop.application.FloorView;
import org.citizenshop.application.Roles;
import org.citizenshop.application.ShopDirectory;
import org.citizenshop.application.ShopSummary;
import org.citizenshop.application.TicketIssuing;
import org.citizenshop.application.TicketRequest;
import org.citizenshop.application.TicketView;
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

@Path("/shops")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Shops", description = "The shops of the network, their services, and taking a ticket")
public class ShopsResource {

    @Inject
    ShopDirectory directory;

    @Inject
    TicketIssuing issuing;

    @Inject
    FloorSupervision supervision;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest servletRequest;

    @GET
    @Operation(summary = "List the shops of the network")
    public List<ShopSummary> shops() {
        return directory.shops();
    }

    @GET
    @Path("/{shop}")
    @Operation(summary = "One shop")
    @APIResponse(responseCode = "200", description = "The shop")
    @APIResponse(responseCode = "404", description = "No such shop", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ShopSummary shop(@PathParam("shop") String shop) {
        return directory.shop(shop);
    }

    @GET
    @Path("/{shop}/services")
    @Operation(summary = "The services a shop offers, with the queue each feeds and how many wait in it")
    public List<ServiceJson> services(@PathParam("shop") String shop) {
        java.util.Locale locale = Problems.of(headers, uri).locale();
        return directory.services(shop).stream()
                .map(option -> ServiceJson.of(option, locale))
                .toList();
    }

    @GET
    @Path("/{shop}/queues")
    @Operation(summary = "The shop's queues with their live waits: how many wait, the expected wait of a new ticket")
    @APIResponse(responseCode = "200", description = "The queues")
    @APIResponse(responseCode = "404", description = "No such shop", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<QueueJson> queues(@PathParam("shop") String shop) {
        java.util.Locale locale = Problems.of(headers, uri).locale();
        return directory.queues(shop).stream()
                .map(queue -> QueueJson.of(queue, locale))
                .toList();
    }

    @GET
    @Path("/{shop}/quotas")
    @Operation(summary = "The shop's daily ticket quotas and the places left today")
    @APIResponse(responseCode = "200", description = "The quotas")
    @APIResponse(responseCode = "404", description = "No such shop", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<QuotaJson> quotas(@PathParam("shop") String shop) {
        java.util.Locale locale = Problems.of(headers, uri).locale();
        return directory.quotas(shop).stream()
                .map(quota -> QuotaJson.of(quota, locale))
                .toList();
    }

    @POST
    @Path("/{shop}/tickets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Take a ticket",
            description = "For one service ({\"service\":\"IRN-CC\"}) or a journey of up to 10 services"
                    + " ({\"services\":[...]}), one number for all. No login needed (kiosks and the web's digital ticket take tickets anonymously), but an"
                    + " anonymous client may take only a limited number of tickets per shop and hour (429)."
                    + " Kiosk devices and clerks with a token are not limited.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            example =
                                                    "{\"services\":[\"IRN-CC\",\"AT-NIF\"],\"priority\":\"PREGNANCY\"}")))
    @APIResponse(
            responseCode = "201",
            description = "The ticket, with its place in the queue, the estimated wait and its access code;"
                    + " Location is its own resource under /digital-tickets")
    @APIResponse(
            responseCode = "400",
            description = "Missing or malformed body",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such shop", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "422",
            description = "Unknown service or priority reason, or a service the shop does not offer",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "429",
            description = "Too many tickets from this client",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response takeTicket(@PathParam("shop") String shop, String body) {
        TicketOrder order = TicketOrder.parse(body);
        boolean kiosk = security.isUserInRole(Roles.KIOSK);
        boolean trusted = kiosk || security.isUserInRole(Roles.CLERK);
        TicketView ticket = issuing.take(new TicketRequest(
                shop,
                order.services(),
                order.priority(),
                kiosk ? Channel.KIOSK : Channel.API,
                trusted ? null : servletRequest.getRemoteAddr()));
        return Response.created(uri.getBaseUriBuilder()
                        .path(DigitalTicketsResource.class)
                        .path(ticket.accessCode())
                        .build())
                .entity(TicketJson.of(ticket, Problems.of(headers, uri).locale()))
                .build();
    }

    @GET
    @Path("/{shop}/floor")
    @RolesAllowed(Roles.SUPERVISOR)
    @SecurityRequirement(name = ApiApplication.BEARER)
    @Tag(name = "Supervisor")
    @Operation(summary = "The supervisor's live floor: queues with wait alerts, desks and clerks, quotas left")
    @APIResponse(responseCode = "200", description = "The floor")
    @APIResponse(
            responseCode = "403",
            description = "Not a supervisor",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public FloorView floor(@PathParam("shop") String shop) {
        return supervision.floor(shop);
    }

    @POST
    @Path("/{shop}/open-day")
    @RolesAllowed(Roles.SUPERVISOR)
    @SecurityRequirement(name = ApiApplication.BEARER)
    @Tag(name = "Supervisor")
    @Operation(summary = "Open the shop's day: tickets can be taken")
    @APIResponse(responseCode = "204", description = "Opened")
    public Response openDay(@PathParam("shop") String shop) {
        supervision.openDay(shop);
        return Response.noContent().build();
    }

    @POST
    @Path("/{shop}/close-day")
    @RolesAllowed(Roles.SUPERVISOR)
    @SecurityRequirement(name = ApiApplication.BEARER)
    @Tag(name = "Supervisor")
    @Operation(
            summary = "Close the shop's day",
            description = "No more tickets; unserved tickets are closed with a reason, or carried over to the next"
                    + " day where the shop keeps them; tickets being served finish.")
    @APIResponse(responseCode = "200", description = "How many tickets were closed or carried over")
    public DayClosing closeDay(@PathParam("shop") String shop) {
        return supervision.closeDay(shop);
    }
}
