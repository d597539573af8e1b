package org.citizenshop.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            description = "Queued (and of them retrying: a delivery failed, tried again later), sent, completed,"
                    + " rejected, failed; latency percentiles (hand-off to completion);"
                    + " the last error; the state the desks show: UP, SLOW or DOWN; the circuit breaker's state;"
                    + " the agency's rate limit (ratePerSecond, deliveries a second) and how many deliveries it"
                    + " held back since the server started (heldBack).")
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

    @GET
    @Path("/{key}/data")
    @Operation(
            summary = "A failed step's data as its service's form asks it",
            description = "Each field with its key, type, label, group, whether it is required, its choices and the"
                    + " value the step would send now; filledBy names the earlier step whose agency gave the value"
                    + " (not for an administrator to change). fixable: the data may be corrected (the step failed"
                    + " and its agency never took it). Also the corrections made so far (who, when, which fields)."
                    + " Recorded on the data log of the case's people.")
    @APIResponse(responseCode = "200", description = "The step's data")
    @APIResponse(
            responseCode = "403",
            description = "Another agency's task",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such task", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public TaskAdministration.StepData data(@PathParam("key") String key) {
        return administration.stepData(key);
    }

    @PUT
    @Path("/{key}/data")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Correct a failed step's data before sending it again",
            description = "Body: {\"data\":{\"field.key\":\"value\"}} with every field of the step's service that no"
                    + " earlier step fills (one left out or blank is empty); a field an earlier step fills may be"
                    + " given only with its value. Checked as a submitted form is, every problem answered at once"
                    + " on its field; nothing is changed then. The corrected values go to the agency when the"
                    + " step is sent again (POST …/replay): under the same key, or under a new one if the agency"
                    + " refused the last attempt before acting on it (docs/reliability.md). Audited with the keys"
                    + " of the fields changed, never their values.")
    @APIResponse(responseCode = "200", description = "The step's data as corrected")
    @APIResponse(
            responseCode = "403",
            description = "Another agency's task",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such task", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "The step has not failed, or its agency took it",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "422",
            description = "The data's problems, each on its field",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public TaskAdministration.StepData correct(@PathParam("key") String key, String body) {
        JsonObject json = JsonBodies.object(body);
        JsonValue given = json.get("data");
        if (given == null || given.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException("data", "problem.malformedBody", "data must be an object of field values");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : given.asJsonObject().keySet()) {
            values.put(field, JsonBodies.string(given.asJsonObject(), field));
        }
        return administration.correct(key, values);
    }

    @POST
    @Path("/{key}/replay")
    @Operation(
            summary = "Send a failed task again, with its idempotency key (the agency cannot act twice)",
            description = "A step whose data was corrected after its agency refused it before acting goes under a"
                    + " new key, which the case's board shows (docs/reliability.md).")
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
