package org.citizenshop.infrastructure.persistence;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.citizenshop.domain.model.cases.CaseData;

/** Stores a case's form data or a task's outputs as one flat JSON object of strings. */
@Converter(autoApply = true)
public class CaseDataConverter implements AttributeConverter<CaseData, String> {

    // Factories made once: Json.createObjectBuilder() looks the provider up on every call (docs/performance.md).
    private static final JsonReaderFactory READERS = Json.createReaderFactory(null);
    private static final jakarta.json.JsonBuilderFactory BUILDERS = Json.createBuilderFactory(null);

    @Override
    public String convertToDatabaseColumn(CaseData data) {
        if (data == null) {
            return null;
        }
        JsonObjectBuilder json = BUILDERS.createObjectBuilder();
        data.values().forEach(json::add);
        return json.build().toString();
    }

    @Override
    public CaseData convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return CaseData.EMPTY;
        }
        try (JsonReader reader = READERS.createReader(new StringReader(column))) {
            JsonObject json = reader.readObject();
            Map<String, String> values = new LinkedHashMap<>();
            json.forEach((key, value) -> values.put(key, ((JsonString) value).getString()));
            return CaseData.of(values);
        }
    }
}
