package org.citizenshop.agencysim.sns;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a replay must repeat exactly: the interaction, its condition as sent ({@code If-None-Exist} or the
 * {@code identifier} parameter; null when none) and the resource. JSON equality ignores formatting and field order.
 */
record FhirCall(String interaction, String condition, JsonNode resource) {

    static final String CREATE = "create";
    static final String UPDATE = "update";
}
