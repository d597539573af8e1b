package org.citizenshop.application;

import java.io.Serializable;
import java.util.List;
import org.citizenshop.domain.model.LocalizedText;

/** A group of a life event's generated form ("child", "parents", "address") and its fields, each asked once. */
public record FormGroupView(String group, List<Field> fields) implements Serializable {

    /**
     * A field: {@code type} one of the catalogue's field types, {@code prefillFrom} the agency whose
     * registry can fill it (or null), {@code askedBy} the steps that need it, {@code prefillLocked} whether a value
     * that registry filled can be changed only there.
     */
    public record Field(
            String key,
            String type,
            LocalizedText label,
            boolean required,
            String prefillFrom,
            List<String> choices,
            List<String> askedBy,
            boolean prefillLocked)
            implements Serializable {

        public Field(
                String key,
                String type,
                LocalizedText label,
                boolean required,
                String prefillFrom,
                List<String> choices,
                List<String> askedBy) {
            this(key, type, label, required, prefillFrom, choices, askedBy, false);
        }
    }
}
