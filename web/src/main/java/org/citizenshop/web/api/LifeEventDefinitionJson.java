package org.citizenshop.web.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.LocalizedText;
import org.citizenshop.domain.model.catalogue.LifeEventDefinition;

/**
 * A life event's definition as the administration API reads and writes it:
 * {@code {"name":{"pt":…,"en":…},"summary":{…},"keywords":{…},
 * "steps":[{"service":"IRN-BIRTH","optional":false,"dependsOn":[]},…],"minimumOptional":0}}.
 */
public record LifeEventDefinitionJson(
        DefinitionJson.Text name,
        DefinitionJson.Text summary,
        DefinitionJson.Text keywords,
        List<Step> steps,
        int minimumOptional) {

    /** A step; {@code condition} (or null) says when it applies, e.g. "household.incomeBracket in (1, 2)". */
    public record Step(String service, boolean optional, List<String> dependsOn, String condition) {}

    static LifeEventDefinitionJson of(LifeEventDefinition definition) {
        return new LifeEventDefinitionJson(
                text(definition.name()),
                text(definition.summary()),
                text(definition.keywords()),
                definition.steps().stream()
                        .map(step -> new Step(
                                step.service(),
                                step.optional(),
                                step.dependsOn().stream().sorted().toList(),
                                step.condition()))
                        .toList(),
                definition.minimumOptional());
    }

    private static DefinitionJson.Text text(LocalizedText text) {
        return new DefinitionJson.Text(text.pt(), text.en());
    }

    static LifeEventDefinition parse(String body) {
        JsonObject json = JsonBodies.object(body);
        List<LifeEventDefinition.Step> steps = new ArrayList<>();
        JsonValue list = json.get("steps");
        if (list == null || list.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidInputException("steps", "problem.malformedBody", "steps must be a list");
        }
        for (JsonValue value : list.asJsonArray()) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException("steps", "problem.malformedBody", "each step must be an object");
            }
            JsonObject step = value.asJsonObject();
            String service = JsonBodies.string(step, "service");
            if (service == null || service.isBlank()) {
                throw new InvalidInputException("steps", "bundle.stepService", "Each step needs its service");
            }
            Set<String> after = new LinkedHashSet<>();
            JsonValue dependsOn = step.get("dependsOn");
            if (dependsOn != null && dependsOn.getValueType() == JsonValue.ValueType.ARRAY) {
                for (JsonValue code : dependsOn.asJsonArray()) {
                    if (code.getValueType() != JsonValue.ValueType.STRING) {
                        throw new InvalidInputException(
                                "steps", "problem.malformedBody", "dependsOn must list service codes");
                    }
                    after.add(((JsonString) code).getString());
                }
            } else if (dependsOn != null && dependsOn.getValueType() != JsonValue.ValueType.NULL) {
                throw new InvalidInputException("steps", "problem.malformedBody", "dependsOn must be a list");
            }
            steps.add(new LifeEventDefinition.Step(
                    service, step.getBoolean("optional", false), after, JsonBodies.string(step, "condition")));
        }
        return new LifeEventDefinition(
                text(json, "name"),
                optionalText(json, "summary"),
                optionalText(json, "keywords"),
                steps,
                JsonBodies.integer(json, "minimumOptional", 0));
    }

    private static LocalizedText text(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException(field, "problem.malformedBody", field + " must be {\"pt\":…,\"en\":…}");
        }
        String pt = JsonBodies.string(value.asJsonObject(), "pt");
        String en = JsonBodies.string(value.asJsonObject(), "en");
        if (pt == null || en == null) {
            throw new InvalidInputException(field, "catalogue.textRequired", field + " needs pt and en");
        }
        return new LocalizedText(pt, en);
    }

    private static LocalizedText optionalText(JsonObject json, String field) {
        return json.containsKey(field) ? text(json, field) : null;
    }
}
