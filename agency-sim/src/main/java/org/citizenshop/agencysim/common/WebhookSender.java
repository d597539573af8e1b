package org.citizenshop.agencysim.common;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * POSTs an agency's signed JSON to the shop: the first try after the delay asked for, then, until a 2xx, again after
 * 1 s, 2 s, 4 s … at most {@link #MAX_ATTEMPTS} tries in all, every try with the same bytes and signature. Every try
 * is recorded. One scheduler thread times the tries; the HTTP calls themselves are asynchronous, so a slow shop holds
 * no thread. A reset drops the deliveries not yet made; {@link #stop} ends the thread.
 */
public final class WebhookSender {

    public static final int MAX_ATTEMPTS = 10;
    static final long FIRST_BACKOFF_MILLIS = 1000;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);

    private final Clock clock;
    private final String threadName;
    private final String label;
    private final String signatureHeader;
    private final String secret;
    private final Queue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    /** Changed by a reset: deliveries of an older generation are dropped. */
    private final AtomicInteger generation = new AtomicInteger();

    private ScheduledExecutorService scheduler;
    private HttpClient client;

    /**
     * @param threadName the scheduler thread's name, e.g. {@code cml-callbacks}
     * @param label what is sent, for the log, e.g. {@code CML callback}
     * @param signatureHeader where the signature goes, e.g. {@code X-CML-Signature}
     */
    public WebhookSender(Clock clock, String threadName, String label, String signatureHeader, String secret) {
        this.clock = clock;
        this.threadName = threadName;
        this.label = label;
        this.signatureHeader = signatureHeader;
        this.secret = secret;
    }

    /**
     * One body to deliver; it is rendered once, so that every attempt sends (and signs) the same bytes.
     *
     * @param key what the delivery is about, e.g. the request key or the event id
     * @param reference the agency's reference shown with each attempt
     */
    public record Delivery(String key, String reference, URI url, String body) {}

    /**
     * One try, as the admin lists show it.
     *
     * @param attempt 1 for the first try, up to {@link #MAX_ATTEMPTS}
     * @param httpStatus the shop's status, or null when no answer came (refused, timed out)
     * @param error why no answer came, or null
     * @param delivered true for a 2xx: the last attempt for this key
     */
    public record Attempt(
            String key,
            String reference,
            String url,
            int attempt,
            Instant at,
            Integer httpStatus,
            String error,
            boolean delivered) {}

    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        client = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public synchronized void stop() {
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

    /** The first try {@code firstDelayMillis} from now. */
    public void send(Delivery delivery, long firstDelayMillis) {
        later(
                new Signed(delivery, delivery.body().getBytes(StandardCharsets.UTF_8)),
                1,
                generation.get(),
                firstDelayMillis);
    }

    /** Every try so far, in the order their answers came. */
    public List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    public void reset() {
        generation.incrementAndGet();
        attempts.clear();
    }

    /** 1 s before the 2nd try, 2 s before the 3rd, 4 s before the 4th … */
    public static long backoffMillis(int nextAttempt) {
        return FIRST_BACKOFF_MILLIS << (nextAttempt - 2);
    }

    /** A delivery with the bytes every attempt sends. */
    private record Signed(Delivery delivery, byte[] bytes) {}

    private synchronized void later(Signed signed, int attempt, int ofGeneration, long delayMillis) {
        if (scheduler == null) {
            LOG.warn(
                    "{} for {} dropped: the sender is stopped",
                    label,
                    signed.delivery().key());
            return;
        }
        try {
            scheduler.schedule(() -> post(signed, attempt, ofGeneration), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            LOG.warn(
                    "{} for {} dropped: the sender is stopping",
                    label,
                    signed.delivery().key());
        }
    }

    private void post(Signed signed, int attempt, int ofGeneration) {
        if (ofGeneration != generation.get()) {
            return;
        }
        HttpRequest request = HttpRequest.newBuilder(signed.delivery().url())
                .timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json")
                .header(signatureHeader, WebhookSignature.of(secret, signed.bytes()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(signed.bytes()))
                .build();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .whenComplete((response, failure) -> answered(signed, attempt, ofGeneration, response, failure));
    }

    private void answered(
            Signed signed, int attempt, int ofGeneration, HttpResponse<Void> response, Throwable failure) {
        if (ofGeneration != generation.get()) {
            return;
        }
        Delivery delivery = signed.delivery();
        Integer status = response == null ? null : response.statusCode();
        boolean delivered = status != null && status >= 200 && status < 300;
        String error = failure == null ? null : describe(failure);
        attempts.add(new Attempt(
                delivery.key(),
                delivery.reference(),
                delivery.url().toString(),
                attempt,
                clock.instant().truncatedTo(ChronoUnit.MILLIS),
                status,
                error,
                delivered));
        if (delivered) {
            LOG.info("{} for {} delivered at attempt {}", label, delivery.key(), attempt);
        } else if (attempt < MAX_ATTEMPTS) {
            LOG.info(
                    "{} for {} failed at attempt {} ({}); next in {} ms",
                    label,
                    delivery.key(),
                    attempt,
                    status == null ? error : "HTTP " + status,
                    backoffMillis(attempt + 1));
            later(signed, attempt + 1, ofGeneration, backoffMillis(attempt + 1));
        } else {
            LOG.warn("{} for {} abandoned after {} attempts", label, delivery.key(), attempt);
        }
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
