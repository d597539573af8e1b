package org.citizenshop.benchmark.floor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The fan-out's ceiling ({@code bin/fanout}): {@code POST /floor/relay} behind a bearer token (web.xml), sent on
 * at once to the civil registry at {@code AGENCY_IRN_URL} ({@code /irn/v1/service-requests}, with the request's
 * {@code Idempotency-Key}) and answered with the agency's status and body. Nothing is stored, no transaction, no
 * message, no Camel: the two things any delivery of a task submitted through a secured API does in this server
 * — take a secured request in, send one request out — and nothing else. No durable pipeline can deliver more
 * tasks a second than this on the same machine; how many fewer is what its durability and its logic cost.
 *
 * <p>{@code ?tasks=n} (1 to 16, default 1) sends the body on n times, one after the other, each with the key and
 * its index ({@code key-1} … {@code key-n}): one secured request for n agency requests, as a life event's case
 * whose n steps go to agencies. It answers 201 with the last answer when every one was 201, else the first other
 * answer.
 *
 * <p>{@code POST /floor/relay/durable} is the durable ceiling ({@link DurableRelay}): the task (or the n tasks of
 * {@code ?tasks=n}, keyed as above) is stored, answered 202 once committed, then sent and its answer recorded by the relay's own threads, in batches;
 * {@code ?via=camel} sends them through a Camel route of one {@code http} endpoint instead of the JDK's client
 * ({@code via=jdk}, the default); {@code ?rows=shop} stores each request as a case in the shop's own tables, with
 * every row the shop writes for one ({@link ShopRows}: its body must name the shop, the service and the applicant,
 * and n is 1 or 4), instead of one row a task in the relay's table ({@code rows=relay}, the default).
 */
@Path("relay")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class RelayResource {

    /** The agency's address as the application reads it (the server's environment). */
    static final String AGENCY_URL_VARIABLE = "AGENCY_IRN_URL";

    /** One client for all requests, HTTP/1.1 as the application's and the bare clients' requests. */
    private static final HttpClient AGENCY = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** The key of the i-th of a request's n tasks: the request's own when n is 1, else {@code key-i}. */
    static String taskKey(String key, int i, int tasks) {
        return tasks == 1 ? key : key + "-" + i;
    }

    @POST
    public Response relay(
            String body, @HeaderParam("Idempotency-Key") String key, @QueryParam("tasks") @DefaultValue("1") int tasks)
            throws InterruptedException {
        String agency = System.getenv(AGENCY_URL_VARIABLE);
        if (agency == null || agency.isBlank()) {
            return problem(Response.Status.SERVICE_UNAVAILABLE, AGENCY_URL_VARIABLE + " is not set on the server");
        }
        if (key == null || key.isBlank()) {
            return problem(Response.Status.BAD_REQUEST, "the Idempotency-Key header is required");
        }
        if (tasks < 1 || tasks > 16) {
            return problem(Response.Status.BAD_REQUEST, "tasks must be 1 to 16: " + tasks);
        }
        URI registry = URI.create(agency + "/irn/v1/service-requests");
        HttpResponse<String> answer = null;
        for (int i = 1; i <= tasks; i++) {
            HttpRequest request = HttpRequest.newBuilder(registry)
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", MediaType.APPLICATION_JSON)
                    .header("Idempotency-Key", taskKey(key, i, tasks))
                    .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body))
                    .build();
            try {
                answer = AGENCY.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                return problem(Response.Status.BAD_GATEWAY, "the agency did not answer request " + i + ": " + e);
            }
            if (answer.statusCode() != Response.Status.CREATED.getStatusCode()) {
                break;
            }
        }
        return Response.status(answer.statusCode())
                .type(MediaType.APPLICATION_JSON)
                .entity(answer.body())
                .build();
    }

    @Inject
    DurableRelay durable;

    @POST
    @Path("durable")
    public void durable(
            String body,
            @HeaderParam("Idempotency-Key") String key,
            @QueryParam("tasks") @DefaultValue("1") int tasks,
            @QueryParam("via") @DefaultValue("jdk") String via,
            @QueryParam("rows") @DefaultValue("relay") String rows,
            @Suspended AsyncResponse response) {
        if (!durable.configured()) {
            response.resume(
                    problem(Response.Status.SERVICE_UNAVAILABLE, AGENCY_URL_VARIABLE + " is not set on the server"));
            return;
        }
        if (key == null || key.isBlank() || body == null || body.isBlank()) {
            response.resume(problem(Response.Status.BAD_REQUEST, "the Idempotency-Key header and a body are required"));
            return;
        }
        if (tasks < 1 || tasks > 16) {
            response.resume(problem(Response.Status.BAD_REQUEST, "tasks must be 1 to 16: " + tasks));
            return;
        }
        DurableRelay.Via sending = DurableRelay.Via.of(via);
        if (sending == null) {
            response.resume(problem(Response.Status.BAD_REQUEST, "via must be jdk or camel: " + via));
            return;
        }
        DurableRelay.Storage storing = DurableRelay.Storage.of(rows);
        if (storing == null) {
            response.resume(problem(Response.Status.BAD_REQUEST, "rows must be relay or shop: " + rows));
            return;
        }
        if (storing == DurableRelay.Storage.SHOP && tasks != 1 && tasks != ShopRows.MOVING_STEPS.size()) {
            response.resume(problem(
                    Response.Status.BAD_REQUEST,
                    "with rows=shop, tasks must be 1 (the body's service) or " + ShopRows.MOVING_STEPS.size()
                            + " (MOVING): " + tasks));
            return;
        }
        java.util.concurrent.CompletableFuture<Void> accepted;
        try {
            accepted = durable.accept(key, body, tasks, sending, storing);
        } catch (IllegalArgumentException e) {
            response.resume(problem(Response.Status.BAD_REQUEST, e.getMessage()));
            return;
        }
        accepted.whenComplete((stored, failure) -> response.resume(
                failure != null
                        ? problem(Response.Status.SERVICE_UNAVAILABLE, "not stored: " + failure)
                        : Response.accepted().build()));
    }

    /**
     * A secured request that does nothing else: answered 204 once the token is checked. The least each of a life
     * event's consent requests (the desk's question, the citizen's answer) costs this server, for the durable
     * ceiling of a life event ({@code bin/fanout}).
     */
    @POST
    @Path("nothing")
    public Response nothing() {
        return Response.noContent().build();
    }

    private static Response problem(Response.Status status, String detail) {
        return Response.status(status).type(MediaType.TEXT_PLAIN).entity(detail).build();
    }
}
