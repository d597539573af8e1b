package org.citizenshop.infrastructure.persistence;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.stream.Collectors;
import org.citizenshop.domain.model.LocalizedText;
import org.citizenshop.domain.model.catalogue.LifeEventDefinition;

/** Stores a life event version's definition as one JSON document. */
@Converter(autoApply = true)
public class LifeEventDefinitionConverter implements AttributeConverter<LifeEventDefinition, String> {

    private static final JsonReaderFactory READERS = Json.createReaderFactory(null);

    @Override
    public String convertToDatabaseColumn(LifeEventDefinition definition) {
        if (definition == null) {
            return null;
        }
        JsonArrayBuilder steps = Json.createArrayBuilder();
        for (LifeEventDefinition.Step step : definition.steps()) {
            JsonArrayBuilder after = Json.createArrayBuilder();
            step.dependsOn().stream().sorted().forEach(after::add);
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("service", step.service())
                    .add("optional", step.optional())
                    .add("dependsOn", after);
            if (step.condition() != null) {
                json.add("condition", step.condition());
            }
            steps.add(json);
        }
        return Json.createObjectBuilder()
                .add("name", text(definition.name()))
                .add("summary", text(definition.summary()))
                .add("keywords", text(definition.keywords()))
                .add("steps", steps)
                .add("minimumOptional", definition.minimumOptional())
                .build()
                .toString();
    }

    @Override
    public LifeEventDefinition convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        try (JsonReader reader = READERS.createReader(new StringReader(column))) {
            JsonObject json = reader.readObject();
            return new LifeEventDefinition(
                    text(json.getJsonObject("name")),
                    text(json.getJsonObject("summary")),
                    text(json.getJsonObject("keywords")),
                    json.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                            .map(step -> new LifeEventDefinition.Step(
                                    step.getString("service"),
                                    step.getBoolean("optional"),
                                    step.getJsonArray("dependsOn").getValuesAs(JsonString.class).stream()
                                            .map(JsonString::getString)
                                            .collect(Collectors.toSet()),
                                    step.getString("condition", null)))
                            .toList(),
                    json.getInt("minimumOptional", 0));
        }
    }

    private static JsonObjectBuilder text(LocalizedText text) {
        return Json.createObjectBuilder().add("pt", text.pt()).add("en", text.en());
    }

    private static LocalizedText text(JsonObject json) {
        return new LocalizedText(json.getString("pt"), json.getString("en"));
    }
}
