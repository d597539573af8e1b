package org.citizenshop.domain.model.cases;

import java.util.regex.Pattern;
import org.citizenshop.domain.model.InvalidInputException;

/** A case's public reference, {@code CS-2026-000123}: the year it was opened and its number in that year. */
public record CaseReference(String value) {

    private static final Pattern SHAPE = Pattern.compile("CS-\\d{4}-\\d{6}");

    public CaseReference {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidInputException(
                    "reference", "validation.caseReference", "A case reference looks like CS-2026-000123", value);
        }
    }

    public static CaseReference of(String value) {
        return new CaseReference(value == null ? null : value.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public static CaseReference of(int year, int number) {
        if (number < 1 || number > 999_999) {
            throw new IllegalArgumentException("case number out of range: " + number);
        }
        return new CaseReference(String.format(java.util.Locale.ROOT, "CS-%04d-%06d", year, number));
    }

    @Override
    public String toString() {
        return value;
    }
}
