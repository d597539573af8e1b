package org.citizenshop.application;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the registries filled in a form: values by field key, which of them came from a registry (the form marks them)
 * and from which agency ({@code sources}), which of those the service locks ({@code locked}: corrected only at the
 * registry). {@code unknown} is true when every registry that answered knows no one with the number; {@code
 * unavailable} names the agencies that could not answer now (their fields are typed by hand), {@code notKnown} those
 * that know no one with the number, {@code fillFirst} the fields to fill before their group can be looked up (the
 * deceased's civil ID number).
 */
public record Prefill(
        Map<String, String> values,
        Set<String> fromRegistry,
        boolean unknown,
        Map<String, String> sources,
        Set<String> locked,
        List<String> unavailable,
        List<String> notKnown,
        List<String> fillFirst)
        implements Serializable {

    public Prefill {
        values = Map.copyOf(values);
        fromRegistry = Set.copyOf(fromRegistry);
        sources = sources == null ? Map.of() : Map.copyOf(sources);
        locked = locked == null ? Set.of() : Set.copyOf(locked);
        unavailable = unavailable == null ? List.of() : List.copyOf(unavailable);
        notKnown = notKnown == null ? List.of() : List.copyOf(notKnown);
        fillFirst = fillFirst == null ? List.of() : List.copyOf(fillFirst);
    }

    public Prefill(Map<String, String> values, Set<String> fromRegistry, boolean unknown) {
        this(values, fromRegistry, unknown, null, null, null, null, null);
    }
}
