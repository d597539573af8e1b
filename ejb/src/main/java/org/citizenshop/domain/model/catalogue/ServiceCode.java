package org.citizenshop.domain.model.catalogue;

import java.util.regex.Pattern;
import org.citizenshop.domain.model.Codes;

/** The code of a public service, agency prefix first: {@code IRN-CC}, {@code AT-NIF}. */
public record ServiceCode(String value) {

    private static final Pattern PATTERN = Pattern.compile("[A-Z]{2,5}-[A-Z0-9]{2,20}");

    public ServiceCode {
        value = Codes.normalise(value, PATTERN, "service", "validation.service.code");
    }

    public static ServiceCode of(String value) {
        return new ServiceCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
