package org.citizenshop.agencysim.notify;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.citizenshop.agencysim.common.AppliedEffect;
import org.citizenshop.agencysim.common.EffectLog;

/**
 * Queues SMS and e-mail messages, at most once per request key. The decision runs inside
 * {@link ConcurrentHashMap#computeIfAbsent}, so concurrent requests with one key queue exactly one message. Both
 * channels share one key space: a key first used for an SMS and then for an e-mail is a key reused.
 */
final class NotifyService {

    private final Clock clock;
    private final Outbox outbox = new Outbox();
    private final EffectLog effects = new EffectLog();
    private final Map<String, Decided> decisions = new ConcurrentHashMap<>();

    NotifyService(Clock clock) {
        this.clock = clock;
    }

    Submission submit(Channel channel, String requestKey, JsonNode body) {
        AtomicBoolean decidedNow = new AtomicBoolean();
        Decided decided = decisions.computeIfAbsent(requestKey, key -> {
            decidedNow.set(true);
            return new Decided(channel, body, decide(channel, key, body));
        });
        if (decidedNow.get()) {
            return new Submission(Submission.Kind.NEW, decided.result());
        }
        // JsonNode equality ignores formatting and field order, which is what "the same body" means to a caller.
        boolean same = decided.channel() == channel && decided.body().equals(body);
        return new Submission(same ? Submission.Kind.REPLAY : Submission.Kind.KEY_REUSED, decided.result());
    }

    Outbox outbox() {
        return outbox;
    }

    EffectLog effects() {
        return effects;
    }

    void reset() {
        decisions.clear();
        effects.clear();
        outbox.reset();
    }

    private NotifyResult decide(Channel channel, String key, JsonNode body) {
        // Milliseconds are plenty for a receipt and keep the wire format short.
        Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        NotifyResult result;
        try {
            Notification notification = NotificationReader.read(channel, body);
            result = new NotifyResult.Queued(outbox.queue(notification, key, receivedAt));
        } catch (NotificationRejected rejected) {
            result = new NotifyResult.Rejected(key, channel, rejected.code(), rejected.getMessage(), receivedAt);
        }
        effects.record(effectOf(result));
        return result;
    }

    private static AppliedEffect effectOf(NotifyResult result) {
        if (result instanceof NotifyResult.Queued queued) {
            Message message = queued.message();
            return new AppliedEffect(
                    message.requestKey(),
                    message.channel().name(),
                    "QUEUED",
                    null,
                    message.messageId(),
                    message.sentAt());
        }
        NotifyResult.Rejected rejected = (NotifyResult.Rejected) result;
        return new AppliedEffect(
                rejected.requestKey(),
                rejected.channel().name(),
                "REJECTED",
                rejected.code().name(),
                null,
                rejected.receivedAt());
    }

    private record Decided(Channel channel, JsonNode body, NotifyResult result) {}
}
