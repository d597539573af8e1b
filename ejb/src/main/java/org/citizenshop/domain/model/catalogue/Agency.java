package org.citizenshop.domain.model.catalogue;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.citizenshop.domain.model.LocalizedText;

/** A public body that owns services and runs its own back office (IRN, AT, ISS, ...). */
@Entity
@Cacheable
@Table(name = "agency")
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 10)
    private String code;

    @Column(name = "name_pt", nullable = false)
    private String namePt;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    protected Agency() {}

    public Agency(AgencyCode code, String namePt, String nameEn) {
        this.code = code.value();
        this.namePt = requireText(namePt);
        this.nameEn = requireText(nameEn);
    }

    static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a name is required");
        }
        return text.strip();
    }

    public Long id() {
        return id;
    }

    public AgencyCode code() {
        return AgencyCode.of(code);
    }

    public LocalizedText name() {
        return new LocalizedText(namePt, nameEn);
    }
}
