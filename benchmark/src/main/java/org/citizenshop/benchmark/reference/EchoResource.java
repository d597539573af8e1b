package org.citizenshop.benchmark.reference;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code POST /reference/echo}: reads a small JSON body like a ticket request ({"service":"IRN-CC"}) and answers
 * 201 with a small JSON object, the way the ticket endpoint reads its body (JSON-P) and writes its answer (a
 * record through the server's JSON provider). No database, no security, no transaction.
 */
@Path("/echo")
public class EchoResource {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    /** What the echo answers. */
    public record Echo(long sequence, String service, Instant at) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response echo(String body) {
        String service;
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            JsonObject json = reader.readObject();
            service = json.getString("service", null);
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        return Response.status(Response.Status.CREATED)
                .entity(new Echo(SEQUENCE.incrementAndGet(), service, Instant.now()))
                .build();
    }
}
