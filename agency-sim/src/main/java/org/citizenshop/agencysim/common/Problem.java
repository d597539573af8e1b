package org.citizenshop.agencysim.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;

/**
 * An RFC 9457 problem body. The HTTP status goes in {@code httpStatus} because {@code status} already carries the
 * business outcome ({@code REJECTED} or {@code ERROR}) that the Citizen Shop reads.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type, String title, int httpStatus, String status, String code, String reason, String requestKey) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String REJECTED = "REJECTED";
    public static final String ERROR = "ERROR";

    /** A business rejection: the request was understood and refused, and is remembered under its key. */
    public static Problem rejection(String type, String title, String code, String reason, String requestKey) {
        return new Problem(type, title, 422, REJECTED, code, reason, requestKey);
    }

    /** A technical error: nothing was recorded, so the caller may retry with the same key. */
    public static Problem error(String scope, int httpStatus, String code, String title, String reason, String key) {
        String slug = code.toLowerCase(Locale.ROOT).replace('_', '-');
        return new Problem("urn:" + scope + ":error:" + slug, title, httpStatus, ERROR, code, reason, key);
    }
}
