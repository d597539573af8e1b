package org.citizenshop.domain.model.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.citizenshop.domain.model.LocalizedText;

/** What a service gives back (the child's civil ID number, a NIF), keyed like the inputs it can fill. */
@Embeddable
public class ServiceOutput {

    @Column(name = "output_key", nullable = false, length = 60)
    private String key;

    @Column(name = "label_pt", nullable = false)
    private String labelPt;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    protected ServiceOutput() {}

    public ServiceOutput(String key, LocalizedText label) {
        this.key = Objects.requireNonNull(key, "key");
        this.labelPt = label.pt();
        this.labelEn = label.en();
    }

    public String key() {
        return key;
    }

    public LocalizedText label() {
        return new LocalizedText(labelPt, labelEn);
    }
}
