package org.citizenshop.agencysim.common;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * An agency's decisions, at most one per request key, and the effects they applied. The decision runs inside
 * {@link ConcurrentHashMap#computeIfAbsent}, so concurrent requests with one key apply exactly one effect. A body
 * equal to the first one is a replay; any other body under the same key is a key reused.
 *
 * @param <B> what "the same request" compares, e.g. a parsed {@link ServiceRequest}
 * @param <R> the stored answer
 */
public final class DecisionBook<B, R extends Decided> {

    private final EffectLog effects = new EffectLog();
    private final Map<String, Entry<B, R>> decisions = new ConcurrentHashMap<>();

    public Keyed<R> submit(String requestKey, B body, Function<String, R> decide) {
        AtomicBoolean decidedNow = new AtomicBoolean();
        Entry<B, R> entry = decisions.computeIfAbsent(requestKey, key -> {
            decidedNow.set(true);
            R result = decide.apply(key);
            effects.record(result.effect());
            return new Entry<>(body, result);
        });
        if (decidedNow.get()) {
            return new Keyed<>(Keyed.Kind.NEW, entry.result());
        }
        Keyed.Kind kind = entry.body().equals(body) ? Keyed.Kind.REPLAY : Keyed.Kind.KEY_REUSED;
        return new Keyed<>(kind, entry.result());
    }

    public Optional<R> find(String requestKey) {
        return Optional.ofNullable(decisions.get(requestKey)).map(Entry::result);
    }

    public EffectLog effects() {
        return effects;
    }

    public void reset() {
        decisions.clear();
        effects.clear();
    }

    private record Entry<B, R>(B body, R result) {}
}
