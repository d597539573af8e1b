package org.citizenshop.domain.model.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import org.citizenshop.domain.model.LocalizedText;

/**
 * A service one agency offers at the counter (register a birth, request a citizen card). The full
 * service definition (fields, documents, bundles) grows with the catalogue; the shop floor needs its
 * agency, its names and how long serving it usually takes.
 */
@Entity
@Table(name = "public_service")
public class PublicService {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 30)
    private String code;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(name = "name_pt", nullable = false)
    private String namePt;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "average_service_minutes", nullable = false)
    private int averageServiceMinutes;

    protected PublicService() {}

    public PublicService(ServiceCode code, Agency agency, String namePt, String nameEn, int averageServiceMinutes) {
        if (averageServiceMinutes < 1) {
            throw new IllegalArgumentException("a service takes at least a minute");
        }
        this.code = code.value();
        this.agency = agency;
        this.namePt = Agency.requireText(namePt);
        this.nameEn = Agency.requireText(nameEn);
        this.averageServiceMinutes = averageServiceMinutes;
    }

    public Long id() {
        return id;
    }

    public ServiceCode code() {
        return ServiceCode.of(code);
    }

    public Agency agency() {
        return agency;
    }

    public LocalizedText name() {
        return new LocalizedText(namePt, nameEn);
    }

    /** The configured typical duration, used to estimate waits until real service times exist. */
    public Duration averageServiceTime() {
        return Duration.ofMinutes(averageServiceMinutes);
    }
}
