package org.citizenshop.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.LocalizedText;
import org.citizenshop.domain.model.catalogue.FieldType;
import org.citizenshop.domain.model.catalogue.ServiceChannels;
import org.citizenshop.domain.model.catalogue.ServiceDefinition;
import org.citizenshop.domain.model.catalogue.ServiceTerms;

/**
 * A service's definition as the administration API reads and writes it:
 * {@code {"name":{"pt":…,"en":…},"keywords":{…},"channels":"BOTH","feeCents":1800,"averageMinutes":15,
 * "whatToBring":[{"pt":…,"en":…}],"fields":[{"key":"cc.reason","type":"CHOICE","label":{…},
 * "group":"card","required":true,"prefillFrom":null,"prefillLocked":false,"choices":["FIRST","RENEWAL"]}],
 * "minimumIdentification":"PRESENTED_DOCUMENT","slaAmount":5,"slaUnit":"WORKING_DAYS",
 * "legalBasis":"Lei n.º 7/2007","connector":"irn-rest"}}.
 */
public record DefinitionJson(
        Text name,
        Text keywords,
        String channels,
        int feeCents,
        int averageMinutes,
        List<Text> whatToBring,
        List<Field> fields,
        String minimumIdentification,
        int slaAmount,
        String slaUnit,
        String legalBasis,
        String connector) {

    public record Text(String pt, String en) {}

    public record Field(
            String key,
            String type,
            Text label,
            String group,
            boolean required,
            String prefillFrom,
            boolean prefillLocked,
            List<String> choices) {}

    static DefinitionJson of(ServiceDefinition definition) {
        return new DefinitionJson(
                text(definition.name()),
                text(definition.keywords()),
                definition.channels().name(),
                definition.feeCents(),
                definition.averageMinutes(),
                definition.whatToBring().stream().map(DefinitionJson::text).toList(),
                definition.fields().stream()
                        .map(field -> new Field(
                                field.key(),
                                field.type().name(),
                                text(field.label()),
                                field.group(),
                                field.required(),
                                field.prefillFrom(),
                                field.prefillLocked(),
                                field.choices()))
                        .toList(),
                definition.terms().minimumIdentification().name(),
                definition.terms().slaAmount(),
                definition.terms().slaUnit().name(),
                definition.terms().legalBasis(),
                definition.terms().connector());
    }

    private static Text text(LocalizedText text) {
        return new Text(text.pt(), text.en());
    }

    /** Reads a request body; every mistake names its field (the definition then checks its rules). */
    static ServiceDefinition parse(String body) {
        JsonObject json = JsonBodies.object(body);
        List<LocalizedText> bring = new ArrayList<>();
        for (JsonValue item : array(json, "whatToBring")) {
            bring.add(text(item, "whatToBring"));
        }
        List<ServiceDefinition.Field> fields = new ArrayList<>();
        for (JsonValue value : array(json, "fields")) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw malformed("fields", "each field must be an object");
            }
            JsonObject field = value.asJsonObject();
            fields.add(new ServiceDefinition.Field(
                    JsonBodies.string(field, "key"),
                    enumValue(FieldType.class, JsonBodies.string(field, "type"), "fields"),
                    text(field.get("label"), "fields"),
                    defaultText(JsonBodies.string(field, "group"), "other"),
                    bool(field, "required"),
                    blankToNull(JsonBodies.string(field, "prefillFrom")),
                    bool(field, "prefillLocked"),
                    array(field, "choices").stream()
                            .map(choice -> {
                                if (choice.getValueType() != JsonValue.ValueType.STRING) {
                                    throw malformed("fields", "choices must be strings");
                                }
                                return ((jakarta.json.JsonString) choice).getString();
                            })
                            .toList()));
        }
        return new ServiceDefinition(
                text(json.get("name"), "name"),
                json.containsKey("keywords") ? text(json.get("keywords"), "keywords") : null,
                enumValue(ServiceChannels.class, JsonBodies.string(json, "channels"), "channels"),
                JsonBodies.integer(json, "feeCents", 0),
                JsonBodies.integer(json, "averageMinutes", 0),
                bring,
                fields,
                terms(json));
    }

    /** The terms, when the body gives any of them; else the defaults of a new service. */
    private static ServiceTerms terms(JsonObject json) {
        if (!json.containsKey("minimumIdentification")
                && !json.containsKey("slaUnit")
                && !json.containsKey("connector")) {
            return null;
        }
        return new ServiceTerms(
                enumValue(
                        ServiceTerms.IdentificationLevel.class,
                        JsonBodies.string(json, "minimumIdentification"),
                        "minimumIdentification"),
                JsonBodies.integer(json, "slaAmount", 0),
                enumValue(ServiceTerms.SlaUnit.class, JsonBodies.string(json, "slaUnit"), "slaUnit"),
                JsonBodies.string(json, "legalBasis"),
                JsonBodies.string(json, "connector"));
    }

    private static LocalizedText text(JsonValue value, String field) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw malformed(field, field + " must be an object {\"pt\":…,\"en\":…}");
        }
        JsonObject text = value.asJsonObject();
        String pt = JsonBodies.string(text, "pt");
        String en = JsonBodies.string(text, "en");
        if (pt == null || en == null) {
            throw new InvalidInputException(field, "catalogue.textRequired", field + " needs pt and en");
        }
        return new LocalizedText(pt, en);
    }

    private static List<JsonValue> array(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw malformed(field, field + " must be a list");
        }
        return (JsonArray) value;
    }

    private static boolean bool(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return false;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw malformed("fields", field + " must be true or false");
        }
        return value == JsonValue.TRUE;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException(
                    field, "catalogue.unknownValue", field + " cannot be " + value, value, field);
        }
    }

    private static String defaultText(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static InvalidInputException malformed(String field, String english) {
        return new InvalidInputException(field, "problem.malformedBody", english);
    }
}
