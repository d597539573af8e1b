package org.citizenshop.infrastructure.persistence;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.List;
import org.citizenshop.domain.model.LocalizedText;
import org.citizenshop.domain.model.catalogue.FieldType;
import org.citizenshop.domain.model.catalogue.ServiceChannels;
import org.citizenshop.domain.model.catalogue.ServiceDefinition;
import org.citizenshop.domain.model.catalogue.ServiceTerms;

/** Stores a service version's definition as one JSON document (versions are read and written whole). */
@Converter(autoApply = true)
public class ServiceDefinitionConverter implements AttributeConverter<ServiceDefinition, String> {

    private static final JsonReaderFactory READERS = Json.createReaderFactory(null);

    @Override
    public String convertToDatabaseColumn(ServiceDefinition definition) {
        if (definition == null) {
            return null;
        }
        JsonArrayBuilder bring = Json.createArrayBuilder();
        definition.whatToBring().forEach(item -> bring.add(text(item)));
        JsonArrayBuilder fields = Json.createArrayBuilder();
        for (ServiceDefinition.Field field : definition.fields()) {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("key", field.key())
                    .add("type", field.type().name())
                    .add("label", text(field.label()))
                    .add("group", field.group())
                    .add("required", field.required());
            if (field.prefillFrom() != null) {
                json.add("prefillFrom", field.prefillFrom());
            }
            if (field.prefillLocked()) {
                json.add("prefillLocked", true);
            }
            JsonArrayBuilder choices = Json.createArrayBuilder();
            field.choices().forEach(choices::add);
            fields.add(json.add("choices", choices));
        }
        return Json.createObjectBuilder()
                .add("name", text(definition.name()))
                .add("keywords", text(definition.keywords()))
                .add("channels", definition.channels().name())
                .add("feeCents", definition.feeCents())
                .add("averageMinutes", definition.averageMinutes())
                .add("whatToBring", bring)
                .add("fields", fields)
                .add(
                        "terms",
                        Json.createObjectBuilder()
                                .add(
                                        "minimumIdentification",
                                        definition
                                                .terms()
                                                .minimumIdentification()
                                                .name())
                                .add("slaAmount", definition.terms().slaAmount())
                                .add("slaUnit", definition.terms().slaUnit().name())
                                .add("legalBasis", definition.terms().legalBasis())
                                .add("connector", definition.terms().connector()))
                .build()
                .toString();
    }

    @Override
    public ServiceDefinition convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        try (JsonReader reader = READERS.createReader(new StringReader(column))) {
            JsonObject json = reader.readObject();
            return new ServiceDefinition(
                    text(json.getJsonObject("name")),
                    text(json.getJsonObject("keywords")),
                    ServiceChannels.valueOf(json.getString("channels")),
                    json.getInt("feeCents"),
                    json.getInt("averageMinutes"),
                    json.getJsonArray("whatToBring").getValuesAs(JsonObject.class).stream()
                            .map(ServiceDefinitionConverter::text)
                            .toList(),
                    json.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                            .map(field -> new ServiceDefinition.Field(
                                    field.getString("key"),
                                    FieldType.valueOf(field.getString("type")),
                                    text(field.getJsonObject("label")),
                                    field.getString("group"),
                                    field.getBoolean("required"),
                                    field.containsKey("prefillFrom")
                                                    && field.get("prefillFrom").getValueType()
                                                            != JsonValue.ValueType.NULL
                                            ? field.getString("prefillFrom")
                                            : null,
                                    field.getBoolean("prefillLocked", false),
                                    strings(field.getJsonArray("choices"))))
                            .toList(),
                    terms(json.getJsonObject("terms")));
        }
    }

    /** A version written before services had terms gets the defaults. */
    private static ServiceTerms terms(JsonObject json) {
        if (json == null) {
            return null;
        }
        return new ServiceTerms(
                ServiceTerms.IdentificationLevel.valueOf(json.getString("minimumIdentification")),
                json.getInt("slaAmount"),
                ServiceTerms.SlaUnit.valueOf(json.getString("slaUnit")),
                json.getString("legalBasis", ""),
                json.getString("connector"));
    }

    private static JsonObjectBuilder text(LocalizedText text) {
        return Json.createObjectBuilder().add("pt", text.pt()).add("en", text.en());
    }

    private static LocalizedText text(JsonObject json) {
        return new LocalizedText(json.getString("pt"), json.getString("en"));
    }

    private static List<String> strings(JsonArray array) {
        return array == null
                ? List.of()
                : array.getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList();
    }
}
