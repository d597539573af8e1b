package org.citizenshop.web.problem;

import java.util.List;

/**
 * An RFC 9457 problem details body. {@code errors} names the fields at fault so that a client can
 * show each message next to its field; {@code correlationId} is also in the server log.
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        List<FieldError> errors,
        String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input: which field, and what is wrong with it. */
    public record FieldError(String field, String message) {}
}
