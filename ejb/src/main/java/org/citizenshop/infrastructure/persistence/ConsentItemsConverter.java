package org.citizenshop.infrastructure.persistence;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.List;
import org.citizenshop.domain.model.LocalizedText;
import org.citizenshop.domain.model.privacy.ConsentItem;
import org.citizenshop.domain.model.privacy.ConsentItems;

/** Stores a consent's lines as the JSON array they were shown from, both languages kept. */
@Converter(autoApply = true)
public class ConsentItemsConverter implements AttributeConverter<ConsentItems, String> {

    private static final JsonReaderFactory READERS = Json.createReaderFactory(null);
    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(null);

    @Override
    public String convertToDatabaseColumn(ConsentItems items) {
        if (items == null) {
            return null;
        }
        JsonArrayBuilder array = BUILDERS.createArrayBuilder();
        for (ConsentItem item : items.items()) {
            JsonArrayBuilder data = BUILDERS.createArrayBuilder();
            item.data().forEach(text -> data.add(text(text)));
            array.add(BUILDERS.createObjectBuilder()
                    .add("kind", item.kind().name())
                    .add("agency", item.agency())
                    .add("agencyName", text(item.agencyName()))
                    .add("purpose", text(item.purpose()))
                    .add("data", data)
                    .add("service", item.service() == null ? "" : item.service())
                    .add("optional", item.optional()));
        }
        return array.build().toString();
    }

    @Override
    public ConsentItems convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return new ConsentItems(List.of());
        }
        try (JsonReader reader = READERS.createReader(new StringReader(column))) {
            return new ConsentItems(reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(item -> new ConsentItem(
                            ConsentItem.Kind.valueOf(item.getString("kind")),
                            item.getString("agency"),
                            localized(item.getJsonObject("agencyName")),
                            localized(item.getJsonObject("purpose")),
                            item.getJsonArray("data").getValuesAs(JsonObject.class).stream()
                                    .map(ConsentItemsConverter::localized)
                                    .toList(),
                            item.getString("service", "").isEmpty() ? null : item.getString("service"),
                            item.getBoolean("optional", false)))
                    .toList());
        }
    }

    private static JsonObject text(LocalizedText text) {
        return BUILDERS.createObjectBuilder()
                .add("pt", text.pt())
                .add("en", text.en())
                .build();
    }

    private static LocalizedText localized(JsonObject json) {
        return new LocalizedText(json.getString("pt"), json.getString("en"));
    }
}
