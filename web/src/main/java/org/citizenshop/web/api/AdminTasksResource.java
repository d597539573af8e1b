package org.citizenshop.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.citizenshop.application.IntegrationHealth;
import org.citizenshop.application.Roles;
import org.citizenshop.application.TaskAdministration;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.web.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The dead-letter list of case tasks: inspect, replay, cancel. */
@Path("/admin/tasks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.AGENCY_ADMIN})
@SecurityRequirement(name = ApiApplication.BEARER)
@Tag(name = "Dead letters", description = "Case tasks whose delivery failed")
public class AdminTasksResource {

    @Inject
    TaskAdministration administration;

    @Inject
    IntegrationHealth health;

    @GET
    @Path("/health")
    @Operation(
            summary = "Each agency's deliveries in the last 24 hours",
            description = "Queued, sent, completed, rejected, failed; latency percentiles (hand-off to completion);"
                    + " the last error; the state the desks show: UP, SLOW or DOWN.")
    public List<IntegrationHealth.AgencyHealth> health() {
        return health.agencies();
    }

    @GET
    @Path("/late")
    @Operation(summary = "Steps near (the last fifth of their time) or past their SLA deadline, overdue first")
    public List<IntegrationHealth.LateTask> late() {
        return health.lateTasks();
    }

    @GET
    @Path("/failed")
    @Operation(
            summary =
                    "Failed tasks, oldest first: every agency's for a supervisor, his own agency's for an administrator")
    public List<TaskAdministration.FailedTask> failed() {
        return administration.failedTasks();
    }

    @POST
    @Path("/{key}/replay")
    @Operation(summary = "Send a failed task again, with its idempotency key (the agency cannot act twice)")
    @APIResponse(responseCode = "204", description = "Handed to integration again")
    @APIResponse(
            responseCode = "403",
            description = "Another agency's task",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "The task has not failed",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response replay(@PathParam("key") String key) {
        administration.replay(key);
        return Response.noContent().build();
    }

    @POST
    @Path("/{key}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Cancel a task that cannot be done (body: {\"reason\":\"…\"}); the steps that wait for it are cancelled too")
    @APIResponse(responseCode = "204", description = "Cancelled")
    public Response cancel(@PathParam("key") String key, String body) {
        String reason = JsonBodies.string(JsonBodies.object(body), "reason");
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "validation.required", "reason is required");
        }
        administration.cancel(key, reason);
        return Response.noContent().build();
    }
}
