package org.citizenshop.integration.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A real HTTP server on a free local port that answers as scripted by the test, so that the route's
 * HTTP call, its headers and its status handling run for real. It records every request it got.
 */
public final class ScriptedAgency implements AutoCloseable {

    public record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private record Answer(int status, String contentType, String body) {}

    private final HttpServer server;
    private final BlockingQueue<Answer> answers = new LinkedBlockingQueue<>();
    public final List<Received> received = new CopyOnWriteArrayList<>();

    private final String samples;

    /** An agency whose sample payloads are under {@code agency/<samples>/} on the test class path. */
    public ScriptedAgency(String samples) {
        this.samples = samples;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues the next answer: a status and one of this agency's sample payloads (typed by its extension). */
    public void answers(int status, String sample) {
        answers.add(new Answer(status, contentTypeOf(sample), sample(samples, sample)));
    }

    public void answersRaw(int status, String body) {
        answersRaw(status, "application/json", body);
    }

    public void answersRaw(int status, String contentType, String body) {
        answers.add(new Answer(status, contentType, body));
    }

    private static String contentTypeOf(String sample) {
        if (sample.endsWith(".xml")) {
            return "text/xml; charset=utf-8";
        }
        if (sample.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        return sample.endsWith(".fhir.json") ? "application/fhir+json" : "application/json";
    }

    public static String sample(String samples, String name) {
        try (InputStream in = ScriptedAgency.class.getResourceAsStream("/agency/" + samples + "/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        received.add(new Received(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders()),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        Answer answer = answers.poll();
        if (answer == null) {
            answer = new Answer(500, "application/json", "{\"code\":\"SCRIPT_EXHAUSTED\"}");
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
