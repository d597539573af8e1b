package org.citizenshop.domain.model.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.citizenshop.domain.model.LocalizedText;

/**
 * One input a service asks for. Its key names the datum across services ("child.birthDate",
 * "address"): a bundle asks each key once, and a step's input is filled from an earlier step's
 * output of the same key. Fields of one group ("child", "parents") are shown together.
 */
@Embeddable
public class ServiceField {

    @Column(name = "field_key", nullable = false, length = 60)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "field_type", nullable = false, length = 20)
    private FieldType type;

    @Column(name = "label_pt", nullable = false)
    private String labelPt;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(name = "field_group", nullable = false, length = 30)
    private String group;

    @Column(nullable = false)
    private boolean required;

    /** The agency whose registry can prefill it, if any. */
    @Column(name = "prefill_from", length = 10)
    private String prefillFrom;

    /**
     * Whether a value the registry prefilled stands as it came: the registry is where it is corrected (the deceased's
     * tax number), not the form.
     */
    @Column(name = "prefill_locked", nullable = false)
    private boolean prefillLocked;

    /** For a choice: the values, '|'-separated. */
    @Column(length = 500)
    private String choices;

    @Column(nullable = false)
    private int position;

    protected ServiceField() {}

    public ServiceField(
            String key,
            FieldType type,
            LocalizedText label,
            String group,
            boolean required,
            String prefillFrom,
            List<String> choices,
            int position) {
        this(key, type, label, group, required, prefillFrom, false, choices, position);
    }

    public ServiceField(
            String key,
            FieldType type,
            LocalizedText label,
            String group,
            boolean required,
            String prefillFrom,
            boolean prefillLocked,
            List<String> choices,
            int position) {
        if (prefillLocked && prefillFrom == null) {
            throw new IllegalArgumentException("Only a field a registry prefills can be locked: " + key);
        }
        this.key = Objects.requireNonNull(key, "key");
        this.type = Objects.requireNonNull(type, "type");
        this.labelPt = label.pt();
        this.labelEn = label.en();
        this.group = Objects.requireNonNull(group, "group");
        this.required = required;
        this.prefillFrom = prefillFrom;
        this.prefillLocked = prefillLocked;
        this.choices = choices == null || choices.isEmpty() ? null : String.join("|", choices);
        this.position = position;
    }

    public String key() {
        return key;
    }

    public FieldType type() {
        return type;
    }

    public LocalizedText label() {
        return new LocalizedText(labelPt, labelEn);
    }

    public String group() {
        return group;
    }

    public boolean required() {
        return required;
    }

    public Optional<String> prefillFrom() {
        return Optional.ofNullable(prefillFrom);
    }

    /** Whether a prefilled value can be changed only at the registry it came from. */
    public boolean prefillLocked() {
        return prefillLocked;
    }

    public List<String> choices() {
        return choices == null ? List.of() : List.of(choices.split("\\|"));
    }

    public int position() {
        return position;
    }
}
