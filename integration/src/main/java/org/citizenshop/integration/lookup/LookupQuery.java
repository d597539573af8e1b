package org.citizenshop.integration.lookup;

import java.util.regex.Pattern;
import org.citizenshop.domain.model.citizen.CivilIdNumber;

/**
 * What the shop asks a registry: about whom, why, and for which of its requests. Both texts travel as HTTP headers,
 * hence their narrow alphabets (docs/agency-interfaces.md).
 */
public record LookupQuery(String civilId, String purpose, String correlationId) {

    public static final String CORRELATION_ID_HEADER = "X-Correlation-Id";
    public static final String PURPOSE_HEADER = "X-Purpose";

    private static final Pattern PURPOSE = Pattern.compile("[\\x20-\\x7E]{1,200}");
    private static final Pattern CORRELATION_ID = Pattern.compile("[A-Za-z0-9-]{1,100}");

    public LookupQuery {
        civilId = CivilIdNumber.of(civilId).value();
        if (purpose == null || purpose.isBlank() || !PURPOSE.matcher(purpose).matches()) {
            throw new IllegalArgumentException("A lookup's purpose is 1 to 200 printable ASCII characters");
        }
        if (correlationId == null || !CORRELATION_ID.matcher(correlationId).matches()) {
            throw new IllegalArgumentException("A lookup's correlation id is 1 to 100 of A-Z, a-z, 0-9, -");
        }
    }
}
