package org.citizenshop.benchmark.floor;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The floor's requests, all behind the kiosk's bearer token (web.xml):
 *
 * <ul>
 *   <li>{@code POST /floor/echo}: the reference's echo once the token has been checked — what the token check
 *       alone costs;
 *   <li>{@code POST /floor/tickets}: a numbered ticket at its barest — in one JTA transaction on the application's
 *       datasource, the series' row is locked and its number raised, one row is inserted, the transaction
 *       commits (the number is the shop's lock of the real endpoint: no two tickets get the same one). No
 *       Hibernate, EJB, quota, audit record or holder's view. The benchmark checks afterwards that no number was
 *       given twice;
 *   <li>{@code POST /floor/tickets-from-sequence}: the same without the lock — the number comes from a PostgreSQL
 *       sequence (unique, but a rolled-back ticket leaves a gap, and no quota could be checked under it): what the
 *       row lock costs;
 *   <li>{@code POST /floor/tickets-batched}: numbered under the lock, but the tickets of concurrent requests are
 *       stored together, one transaction for all those waiting ({@link FloorBatcher}); each request is answered
 *       once its ticket is committed.
 * </ul>
 *
 * <p>The tables are the benchmark's own ({@code bench_floor_series}, {@code bench_floor_ticket}), created in its
 * database by {@code src/main/sql/bench-shop.sql}.
 */
@Path("/")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class FloorResource {

    static final String SERIES = "A";

    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    @Resource(lookup = "java:jboss/datasources/CitizenShopDS")
    DataSource dataSource;

    /** What the floor answers. */
    public record Issued(String series, long number, String service, Instant at) {}

    @POST
    @Path("echo")
    public Response echo(String body) {
        return service(body)
                .map(service -> Response.status(Response.Status.CREATED)
                        .entity(new Issued(SERIES, 0, service, Instant.now()))
                        .build())
                .orElseGet(() -> Response.status(Response.Status.BAD_REQUEST).build());
    }

    @POST
    @Path("tickets")
    @Transactional
    public Response ticket(String body) throws SQLException {
        return issue(body, true);
    }

    @POST
    @Path("tickets-from-sequence")
    @Transactional
    public Response ticketFromSequence(String body) throws SQLException {
        return issue(body, false);
    }

    @Inject
    FloorBatcher batcher;

    @POST
    @Path("tickets-batched")
    public void ticketBatched(String body, @Suspended AsyncResponse response) {
        Optional<String> service = service(body);
        if (service.isEmpty()) {
            response.resume(Response.status(Response.Status.BAD_REQUEST).build());
            return;
        }
        Instant now = Instant.now();
        batcher.issue(service.get()).whenComplete((number, failure) -> {
            if (failure != null) {
                response.resume(failure);
            } else {
                response.resume(Response.status(Response.Status.CREATED)
                        .entity(new Issued(FloorBatcher.SERIES, number, service.get(), now))
                        .build());
            }
        });
    }

    /** Draws the number (under the series' lock, or from the sequence), stores the ticket, answers it. */
    private Response issue(String body, boolean locked) throws SQLException {
        Optional<String> service = service(body);
        if (service.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        Instant now = Instant.now();
        long number;
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement next = connection.prepareStatement(
                    locked
                            ? "update bench_floor_series set last_number = last_number + 1 where letter = ?"
                                    + " returning last_number"
                            : "select nextval('bench_floor_number')")) {
                if (locked) {
                    next.setString(1, SERIES);
                }
                try (ResultSet row = next.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("no series " + SERIES + " in bench_floor_series");
                    }
                    number = row.getLong(1);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into bench_floor_ticket (letter, number, service, issued_at) values (?, ?, ?, ?)")) {
                insert.setString(1, SERIES);
                insert.setLong(2, number);
                insert.setString(3, service.get());
                insert.setTimestamp(4, Timestamp.from(now));
                insert.executeUpdate();
            }
        }
        return Response.status(Response.Status.CREATED)
                .entity(new Issued(SERIES, number, service.get(), now))
                .build();
    }

    /** The body's service code, or nothing when the body is no JSON object with one. */
    private static Optional<String> service(String body) {
        try (JsonReader reader = READERS.createReader(new StringReader(body == null ? "" : body))) {
            JsonObject json = reader.readObject();
            return Optional.ofNullable(json.getString("service", null)).filter(code -> !code.isBlank());
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            return Optional.empty();
        }
    }
}
