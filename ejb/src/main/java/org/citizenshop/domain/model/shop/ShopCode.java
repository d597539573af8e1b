package org.citizenshop.domain.model.shop;

import java.util.regex.Pattern;
import org.citizenshop.domain.model.Codes;

/** The business identifier of a shop, e.g. {@code LX-LARANJEIRAS}; it appears in URLs. */
public record ShopCode(String value) {

    private static final Pattern PATTERN = Pattern.compile("[A-Z][A-Z0-9-]{1,29}");

    public ShopCode {
        value = Codes.normalise(value, PATTERN, "shop", "validation.shop.code");
    }

    public static ShopCode of(String value) {
        return new ShopCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
