package org.citizenshop.agencysim.cml;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the shop back: the first try {@code firstDelayMillis} after the request, then, until a 2xx, again after 1 s,
 * 2 s, 4 s … at most {@link #MAX_ATTEMPTS} tries in all. Every try is recorded. One scheduler thread times the tries;
 * the HTTP calls themselves are asynchronous, so a slow shop holds no thread. A reset drops the callbacks not yet made.
 */
final class Callbacks {

    static final int MAX_ATTEMPTS = 10;
    static final long FIRST_BACKOFF_MILLIS = 1000;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(Callbacks.class);

    private final Clock clock;
    private final long firstDelayMillis;
    private final String secret;
    private final Queue<CallbackAttempt> attempts = new ConcurrentLinkedQueue<>();
    /** Changed by a reset: callbacks of an older generation are dropped. */
    private final AtomicInteger generation = new AtomicInteger();

    private ScheduledExecutorService scheduler;
    private HttpClient client;

    Callbacks(Clock clock, long firstDelayMillis, String secret) {
        this.clock = clock;
        this.firstDelayMillis = firstDelayMillis;
        this.secret = secret;
    }

    /** One callback to make. */
    record Callback(String requestKey, String agencyReference, URI url, String body) {}

    synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cml-callbacks");
            thread.setDaemon(true);
            return thread;
        });
        client = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }

    void schedule(Callback callback) {
        later(callback, 1, generation.get(), firstDelayMillis);
    }

    List<CallbackAttempt> attempts() {
        return List.copyOf(attempts);
    }

    void reset() {
        generation.incrementAndGet();
        attempts.clear();
    }

    /** 1 s before the 2nd try, 2 s before the 3rd, 4 s before the 4th … */
    static long backoffMillis(int nextAttempt) {
        return FIRST_BACKOFF_MILLIS << (nextAttempt - 2);
    }

    private synchronized void later(Callback callback, int attempt, int ofGeneration, long delayMillis) {
        if (scheduler == null) {
            LOG.warn("CML callback for {} dropped: the municipality is stopped", callback.requestKey());
            return;
        }
        try {
            scheduler.schedule(() -> send(callback, attempt, ofGeneration), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            LOG.warn("CML callback for {} dropped: the municipality is stopping", callback.requestKey());
        }
    }

    private void send(Callback callback, int attempt, int ofGeneration) {
        if (ofGeneration != generation.get()) {
            return;
        }
        HttpRequest request = HttpRequest.newBuilder(callback.url())
                .timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json")
                .header(WebhookSignature.HEADER, WebhookSignature.of(secret, callback.body()))
                .POST(HttpRequest.BodyPublishers.ofString(callback.body()))
                .build();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .whenComplete((response, failure) -> answered(callback, attempt, ofGeneration, response, failure));
    }

    private void answered(
            Callback callback, int attempt, int ofGeneration, HttpResponse<Void> response, Throwable failure) {
        if (ofGeneration != generation.get()) {
            return;
        }
        Integer status = response == null ? null : response.statusCode();
        boolean delivered = status != null && status >= 200 && status < 300;
        String error = failure == null ? null : describe(failure);
        attempts.add(new CallbackAttempt(
                callback.requestKey(),
                callback.agencyReference(),
                callback.url().toString(),
                attempt,
                clock.instant().truncatedTo(ChronoUnit.MILLIS),
                status,
                error,
                delivered));
        if (delivered) {
            LOG.info("CML callback for {} delivered at attempt {}", callback.requestKey(), attempt);
        } else if (attempt < MAX_ATTEMPTS) {
            LOG.info(
                    "CML callback for {} failed at attempt {} ({}); next in {} ms",
                    callback.requestKey(),
                    attempt,
                    status == null ? error : "HTTP " + status,
                    backoffMillis(attempt + 1));
            later(callback, attempt + 1, ofGeneration, backoffMillis(attempt + 1));
        } else {
            LOG.warn("CML callback for {} abandoned after {} attempts", callback.requestKey(), attempt);
        }
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
