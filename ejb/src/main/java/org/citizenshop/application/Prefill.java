package org.citizenshop.application;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * What the registries filled in a form: values by field key, and which of them came from a registry
 * (the form marks them). {@code unknown} is true when the registry knows no one with the number.
 */
public record Prefill(Map<String, String> values, Set<String> fromRegistry, boolean unknown) implements Serializable {}
