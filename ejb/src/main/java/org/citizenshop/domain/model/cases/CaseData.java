package org.citizenshop.domain.model.cases;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Named text values: what the citizen's form held, or what an agency gave back (its outputs).
 * Immutable; blank values are left out.
 */
public record CaseData(Map<String, String> values) implements Serializable {

    public static final CaseData EMPTY = new CaseData(Map.of());
    public static final int MAX_KEY = 60;
    public static final int MAX_VALUE = 500;

    public CaseData {
        TreeMap<String, String> copy = new TreeMap<>();
        if (values != null) {
            values.forEach((key, value) -> {
                if (key != null && value != null && !value.isBlank()) {
                    copy.put(key, value.strip());
                }
            });
        }
        values = Collections.unmodifiableMap(copy);
    }

    public static CaseData of(Map<String, String> values) {
        return new CaseData(values);
    }

    public String get(String key) {
        return values.get(key);
    }

    public CaseData with(CaseData more) {
        TreeMap<String, String> merged = new TreeMap<>(values);
        merged.putAll(more.values);
        return new CaseData(merged);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
