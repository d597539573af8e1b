package org.citizenshop.domain.model.catalogue;

import java.util.regex.Pattern;
import org.citizenshop.domain.model.Codes;

/** The code of an agency: {@code IRN}, {@code AT}, {@code ISS}, {@code SNS}, {@code IMT}, {@code CML}. */
public record AgencyCode(String value) {

    private static final Pattern PATTERN = Pattern.compile("[A-Z]{2,5}");

    public AgencyCode {
        value = Codes.normalise(value, PATTERN, "agency", "validation.agency.code");
    }

    public static AgencyCode of(String value) {
        return new AgencyCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
