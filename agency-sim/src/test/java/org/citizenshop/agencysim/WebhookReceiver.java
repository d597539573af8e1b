package org.citizenshop.agencysim;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The shop's side of an agency's webhook, on a free loopback port: records every call, answers as scripted. */
final class WebhookReceiver implements AutoCloseable {

    static final String PATH = "/api/v1/agency-callbacks/cml";
    static final String IRN_PATH = "/api/v1/agency-callbacks/irn";

    record Call(String body, String signature, String contentType, Instant at) {}

    private final HttpServer server;
    private final String path;
    private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
    private final Queue<Integer> statuses = new ConcurrentLinkedQueue<>();

    /** The municipality's callbacks. */
    WebhookReceiver() {
        this(PATH, "X-CML-Signature");
    }

    /** The civil registry's events. */
    static WebhookReceiver forIrnEvents() {
        return new WebhookReceiver(IRN_PATH, "X-IRN-Signature");
    }

    private WebhookReceiver(String path, String signatureHeader) {
        this.path = path;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(path, exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.add(new Call(
                    body,
                    exchange.getRequestHeaders().getFirst(signatureHeader),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    Instant.now()));
            Integer status = statuses.poll();
            exchange.sendResponseHeaders(status == null ? 204 : status, -1);
            exchange.close();
        });
        server.start();
    }

    /** The next calls are answered with these statuses; later ones with 204. */
    void willAnswer(int... scripted) {
        for (int status : scripted) {
            statuses.add(status);
        }
    }

    String url() {
        return baseUrl() + path;
    }

    /** The shop's public URL, under which the agencies' webhooks are. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next call, waiting at most {@code seconds}; null when none came. */
    Call next(long seconds) throws InterruptedException {
        return calls.poll(seconds, TimeUnit.SECONDS);
    }

    int pending() {
        return calls.size();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
