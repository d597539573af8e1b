package org.citizenshop.domain.model.catalogue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.LocalizedText;

/**
 * What an agency administrator edits of a service, as one value: a version of the service is one of
 * these, a draft is one being prepared, publishing puts it live. Refused when a rule is broken, so
 * that nothing half valid is ever stored.
 */
public record ServiceDefinition(
        LocalizedText name,
        LocalizedText keywords,
        ServiceChannels channels,
        int feeCents,
        int averageMinutes,
        List<LocalizedText> whatToBring,
        List<Field> fields,
        ServiceTerms terms)
        implements Serializable {

    public static final int MAX_FEE_CENTS = 1_000_000;
    public static final int MAX_MINUTES = 480;
    public static final int MAX_TEXT = 255;
    public static final int MAX_LIST_TEXT = 1000;

    /** A field as defined (the persistent {@link ServiceField} is made from it). */
    public record Field(
            String key,
            FieldType type,
            LocalizedText label,
            String group,
            boolean required,
            String prefillFrom,
            boolean prefillLocked,
            List<String> choices)
            implements Serializable {

        public Field {
            choices = choices == null ? List.of() : List.copyOf(choices);
        }

        /** A field whose prefilled value, if any, can be changed in the form. */
        public Field(
                String key,
                FieldType type,
                LocalizedText label,
                String group,
                boolean required,
                String prefillFrom,
                List<String> choices) {
            this(key, type, label, group, required, prefillFrom, false, choices);
        }
    }

    /** One difference between two definitions, as the version history shows it. */
    public record Change(String attribute, String before, String after) implements Serializable {}

    public ServiceDefinition {
        Objects.requireNonNull(name, "name");
        keywords = keywords == null ? new LocalizedText("", "") : keywords;
        whatToBring = whatToBring == null ? List.of() : List.copyOf(whatToBring);
        fields = fields == null ? List.of() : List.copyOf(fields);
        terms = terms == null ? ServiceTerms.DEFAULT : terms;
        text("namePt", name.pt(), true, MAX_TEXT);
        text("nameEn", name.en(), true, MAX_TEXT);
        text("keywordsPt", keywords.pt(), false, MAX_LIST_TEXT);
        text("keywordsEn", keywords.en(), false, MAX_LIST_TEXT);
        if (channels == null) {
            throw new InvalidInputException("channels", "catalogue.channelsRequired", "Say where the service is done");
        }
        if (feeCents < 0 || feeCents > MAX_FEE_CENTS) {
            throw new InvalidInputException(
                    "feeCents", "catalogue.feeRange", "The fee must be between 0 and 10000 euro", MAX_FEE_CENTS / 100);
        }
        if (averageMinutes < 1 || averageMinutes > MAX_MINUTES) {
            throw new InvalidInputException(
                    "averageMinutes",
                    "catalogue.minutesRange",
                    "A service takes between 1 and " + MAX_MINUTES + " minutes",
                    MAX_MINUTES);
        }
        int bringPt = 0;
        int bringEn = 0;
        for (LocalizedText item : whatToBring) {
            text("whatToBring", item.pt(), true, MAX_TEXT);
            text("whatToBring", item.en(), true, MAX_TEXT);
            if (item.pt().contains("|") || item.en().contains("|")) {
                throw new InvalidInputException("whatToBring", "catalogue.noBar", "An item may not contain '|'");
            }
            bringPt += item.pt().length() + 1;
            bringEn += item.en().length() + 1;
        }
        if (bringPt > MAX_LIST_TEXT || bringEn > MAX_LIST_TEXT) {
            throw new InvalidInputException(
                    "whatToBring", "catalogue.tooLong", "What to bring is too long", MAX_LIST_TEXT);
        }
        List<String> keys = new ArrayList<>();
        for (Field field : fields) {
            if (field.key() == null
                    || !field.key().matches("[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)*")
                    || field.key().length() > 60) {
                throw new InvalidInputException(
                        "fields", "catalogue.fieldKey", "Field key " + field.key() + " is not valid", field.key());
            }
            if (keys.contains(field.key())) {
                throw new InvalidInputException(
                        "fields", "catalogue.fieldTwice", "Field " + field.key() + " appears twice", field.key());
            }
            keys.add(field.key());
            if (field.type() == null) {
                throw new InvalidInputException(
                        "fields", "catalogue.fieldType", "Field " + field.key() + " has no type", field.key());
            }
            text("fields", field.label().pt(), true, MAX_TEXT);
            text("fields", field.label().en(), true, MAX_TEXT);
            if (field.type() == FieldType.CHOICE && field.choices().isEmpty()) {
                throw new InvalidInputException(
                        "fields",
                        "catalogue.choicesRequired",
                        "Choice field " + field.key() + " needs its choices",
                        field.key());
            }
            if (field.prefillLocked() && field.prefillFrom() == null) {
                throw new InvalidInputException(
                        "fields",
                        "catalogue.lockedWithoutPrefill",
                        "Field " + field.key() + " can be locked only when a registry prefills it",
                        field.key());
            }
        }
    }

    private static void text(String field, String value, boolean required, int max) {
        if (value == null || (required && value.isBlank())) {
            throw new InvalidInputException(field, "catalogue.textRequired", field + " is required");
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "catalogue.tooLong", field + " is too long", max);
        }
    }

    /** What differs from an earlier definition, attribute by attribute. */
    public List<Change> changesSince(ServiceDefinition earlier) {
        List<Change> changes = new ArrayList<>();
        compare(changes, "namePt", earlier.name().pt(), name.pt());
        compare(changes, "nameEn", earlier.name().en(), name.en());
        compare(changes, "keywordsPt", earlier.keywords().pt(), keywords.pt());
        compare(changes, "keywordsEn", earlier.keywords().en(), keywords.en());
        compare(changes, "channels", earlier.channels().name(), channels.name());
        compare(changes, "feeCents", String.valueOf(earlier.feeCents()), String.valueOf(feeCents));
        compare(changes, "averageMinutes", String.valueOf(earlier.averageMinutes()), String.valueOf(averageMinutes));
        compare(changes, "whatToBringPt", items(earlier.whatToBring(), true), items(whatToBring, true));
        compare(changes, "whatToBringEn", items(earlier.whatToBring(), false), items(whatToBring, false));
        compare(
                changes,
                "minimumIdentification",
                earlier.terms().minimumIdentification().name(),
                terms.minimumIdentification().name());
        compare(changes, "sla", earlier.terms().sla(), terms.sla());
        compare(changes, "legalBasis", earlier.terms().legalBasis(), terms.legalBasis());
        compare(changes, "connector", earlier.terms().connector(), terms.connector());
        for (Field field : fields) {
            Field before = earlier.fields().stream()
                    .filter(old -> old.key().equals(field.key()))
                    .findFirst()
                    .orElse(null);
            compare(changes, "field " + field.key(), before == null ? null : describe(before), describe(field));
        }
        for (Field old : earlier.fields()) {
            if (fields.stream().noneMatch(field -> field.key().equals(old.key()))) {
                changes.add(new Change("field " + old.key(), describe(old), null));
            }
        }
        return List.copyOf(changes);
    }

    private static void compare(List<Change> changes, String attribute, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(attribute, before, after));
        }
    }

    private static String items(List<LocalizedText> items, boolean pt) {
        return String.join(
                " | ", items.stream().map(item -> pt ? item.pt() : item.en()).toList());
    }

    private static String describe(Field field) {
        return field.type() + (field.required() ? ", required" : ", optional") + ", \""
                + field.label().pt()
                + "\" / \"" + field.label().en() + "\", group " + field.group()
                + (field.prefillFrom() == null ? "" : ", prefilled from " + field.prefillFrom())
                + (field.prefillLocked() ? " (not editable)" : "")
                + (field.choices().isEmpty() ? "" : ", choices " + field.choices());
    }
}
