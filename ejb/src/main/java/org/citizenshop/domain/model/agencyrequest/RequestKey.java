package org.citizenshop.domain.model.agencyrequest;

import java.util.UUID;
import org.citizenshop.domain.model.InvalidInputException;

/**
 * The idempotency key of one request to an agency: the agency applies a key at most once, so
 * redelivering after a crash or a timeout can never act twice.
 */
public record RequestKey(String value) {

    public RequestKey {
        if (value == null || !value.matches("[a-f0-9-]{36}")) {
            throw new InvalidInputException("requestKey", "validation.requestKey", "Not a request key", value);
        }
    }

    public static RequestKey generate() {
        return new RequestKey(UUID.randomUUID().toString());
    }

    public static RequestKey of(String value) {
        return new RequestKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
