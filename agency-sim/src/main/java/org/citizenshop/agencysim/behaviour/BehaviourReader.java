package org.citizenshop.agencysim.behaviour;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;

/**
 * Reads a behaviour strictly: a typo such as {@code "latency"} is refused rather than silently ignored, because a demo
 * that seems to ignore its switch wastes more time than an error. Absent fields take their normal value.
 */
final class BehaviourReader {

    private static final Set<String> FIELDS = Set.of("latencyMs", "failureRate", "down", "garbled");

    private BehaviourReader() {}

    static Behaviour read(JsonNode body) {
        if (!body.isObject()) {
            throw new IllegalArgumentException("The behaviour must be a JSON object");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException(
                        "Unknown field " + name + "; expected latencyMs, failureRate, down, garbled");
            }
        }
        return new Behaviour(
                latency(body.get("latencyMs")),
                failureRate(body.get("failureRate")),
                flag(body.get("down"), "down"),
                flag(body.get("garbled"), "garbled"));
    }

    private static long latency(JsonNode node) {
        if (node == null) {
            return Behaviour.NORMAL.latencyMs();
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new IllegalArgumentException("latencyMs must be a whole number of milliseconds");
        }
        return node.longValue();
    }

    private static double failureRate(JsonNode node) {
        if (node == null) {
            return Behaviour.NORMAL.failureRate();
        }
        if (!node.isNumber()) {
            throw new IllegalArgumentException("failureRate must be a number between 0 and 1");
        }
        return node.doubleValue();
    }

    private static boolean flag(JsonNode node, String name) {
        if (node == null) {
            return false;
        }
        if (!node.isBoolean()) {
            throw new IllegalArgumentException(name + " must be true or false");
        }
        return node.booleanValue();
    }
}
