package org.citizenshop.domain.model.shop;

import java.util.regex.Pattern;
import org.citizenshop.domain.model.Codes;

/** The business identifier of a desk, unique across the network, e.g. {@code LXL-03}. */
public record DeskCode(String value) {

    private static final Pattern PATTERN = Pattern.compile("[A-Z][A-Z0-9-]{1,29}");

    public DeskCode {
        value = Codes.normalise(value, PATTERN, "desk", "validation.desk.code");
    }

    public static DeskCode of(String value) {
        return new DeskCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
