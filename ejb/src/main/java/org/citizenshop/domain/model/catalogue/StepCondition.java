package org.citizenshop.domain.model.catalogue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citizenshop.domain.model.InvalidInputException;

/**
 * When a conditional step applies, as an expression on the bundle's form data that an agency
 * administrator can write and read: comparisons of a field with values, joined by {@code and} or
 * {@code or} ({@code and} binds first). A comparison is {@code key = value}, {@code key != value},
 * {@code key in (v1, v2)} or {@code key not in (v1, v2)}; {@code key = yes} for a yes/no field.
 * Values are compared as written, without case. Example:
 * {@code household.incomeBracket in (1, 2, 3, 4)}.
 */
public final class StepCondition implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern COMPARISON = Pattern.compile(
            "\\s*([a-z][a-zA-Z0-9]*(?:\\.[a-z][a-zA-Z0-9]*)*)\\s*(=|!=|not\\s+in|in)\\s*(\\([^)]*\\)|[^\\s()]+)\\s*",
            Pattern.CASE_INSENSITIVE);

    private record Comparison(String key, boolean negated, Set<String> values) implements Serializable {

        boolean holds(Map<String, String> data) {
            String value = data.get(key);
            boolean member = value != null && values.contains(value.strip().toLowerCase(Locale.ROOT));
            return negated != member;
        }
    }

    /** Alternatives ({@code or}), each a list of comparisons that must all hold ({@code and}). */
    private final List<List<Comparison>> alternatives;

    private final String text;

    private StepCondition(String text, List<List<Comparison>> alternatives) {
        this.text = text;
        this.alternatives = alternatives;
    }

    /** The condition written in {@code text}; refused, saying where, when it cannot be read. */
    public static StepCondition parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("condition", "bundle.conditionEmpty", "A condition cannot be empty");
        }
        List<List<Comparison>> alternatives = new ArrayList<>();
        for (String alternative : text.split("(?i)\\s+or\\s+")) {
            List<Comparison> all = new ArrayList<>();
            for (String part : alternative.split("(?i)\\s+and\\s+")) {
                all.add(comparison(part, text));
            }
            alternatives.add(List.copyOf(all));
        }
        return new StepCondition(text.strip(), List.copyOf(alternatives));
    }

    private static Comparison comparison(String part, String whole) {
        Matcher matcher = COMPARISON.matcher(part);
        if (!matcher.matches()) {
            throw new InvalidInputException(
                    "condition",
                    "bundle.conditionUnreadable",
                    "Cannot read \"" + part.strip() + "\" in " + whole,
                    part.strip());
        }
        String operator = matcher.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String written = matcher.group(3);
        Set<String> values = new LinkedHashSet<>();
        if (written.startsWith("(")) {
            if (operator.equals("=") || operator.equals("!=")) {
                throw new InvalidInputException(
                        "condition",
                        "bundle.conditionUnreadable",
                        "A list goes with in / not in: " + part.strip(),
                        part.strip());
            }
            for (String value : written.substring(1, written.length() - 1).split(",")) {
                if (!value.isBlank()) {
                    values.add(value.strip().toLowerCase(Locale.ROOT));
                }
            }
        } else {
            values.add(written.strip().toLowerCase(Locale.ROOT));
        }
        if (values.isEmpty()) {
            throw new InvalidInputException(
                    "condition", "bundle.conditionUnreadable", "No value in " + part.strip(), part.strip());
        }
        boolean negated = operator.equals("!=") || operator.equals("not in");
        return new Comparison(matcher.group(1), negated, Set.copyOf(values));
    }

    /** Whether the step applies to this form data (a field not given is equal to nothing). */
    public boolean holds(Map<String, String> data) {
        return alternatives.stream().anyMatch(all -> all.stream().allMatch(comparison -> comparison.holds(data)));
    }

    /** The form fields the condition reads. */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        alternatives.forEach(all -> all.forEach(comparison -> keys.add(comparison.key())));
        return keys;
    }

    @Override
    public String toString() {
        return text;
    }
}
