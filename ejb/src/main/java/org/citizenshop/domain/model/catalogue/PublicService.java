package org.citizenshop.domain.model.catalogue;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.citizenshop.domain.model.LocalizedText;

/**
 * A service one agency offers at the counter (register a birth, request a citizen card). The full
 * service definition (fields, documents, bundles) grows with the catalogue; the shop floor needs its
 * agency, its names and how long serving it usually takes. Kept in the second-level cache with its
 * fields and outputs (persistence.xml): every case submitted and every task delivered reads it.
 */
@Entity
@Cacheable
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ServiceChannels channels = ServiceChannels.DESK;

    @Enumerated(EnumType.STRING)
    @Column(name = "min_identification", nullable = false, length = 20)
    private ServiceTerms.IdentificationLevel minimumIdentification =
            ServiceTerms.IdentificationLevel.PRESENTED_DOCUMENT;

    @Column(name = "sla_amount", nullable = false)
    private int slaAmount = 5;

    @Enumerated(EnumType.STRING)
    @Column(name = "sla_unit", nullable = false, length = 20)
    private ServiceTerms.SlaUnit slaUnit = ServiceTerms.SlaUnit.WORKING_DAYS;

    @Column(name = "legal_basis", nullable = false, length = 500)
    private String legalBasis = "";

    @Column(nullable = false, length = 30)
    private String connector = "desk";

    /** False while a new service's first version is still a draft: not offered, not found. */
    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "fee_cents", nullable = false)
    private int feeCents;

    /** What to bring, one item per '|'-separated part. */
    @Column(name = "bring_pt", nullable = false, length = 1000)
    private String bringPt = "";

    @Column(name = "bring_en", nullable = false, length = 1000)
    private String bringEn = "";

    /** The words citizens use for it, for the service finder. */
    @Column(name = "keywords_pt", nullable = false, length = 1000)
    private String keywordsPt = "";

    @Column(name = "keywords_en", nullable = false, length = 1000)
    private String keywordsEn = "";

    @ElementCollection
    @CollectionTable(name = "service_field", joinColumns = @JoinColumn(name = "service_id"))
    @OrderBy("position")
    private List<ServiceField> fields = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "service_output", joinColumns = @JoinColumn(name = "service_id"))
    @OrderBy("key")
    private List<ServiceOutput> outputs = new ArrayList<>();

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

    public ServiceChannels channels() {
        return channels;
    }

    /** The fee in euro cents; 0 when the service is free. */
    public int feeCents() {
        return feeCents;
    }

    /** What the citizen should bring, item by item, in both languages. */
    public List<LocalizedText> whatToBring() {
        return LocalizedText.items(bringPt, bringEn);
    }

    /** The words citizens use for this service, for the service finder. */
    public LocalizedText keywords() {
        return new LocalizedText(keywordsPt, keywordsEn);
    }

    /** A new service an agency proposes: nothing of it is offered until its first version is published. */
    public static PublicService proposed(ServiceCode code, Agency agency, ServiceDefinition definition) {
        PublicService service = new PublicService(
                code, agency, definition.name().pt(), definition.name().en(), definition.averageMinutes());
        service.active = false;
        service.apply(definition);
        return service;
    }

    public boolean active() {
        return active;
    }

    void activate() {
        active = true;
    }

    /** What an administrator edits of it, as it is live now. */
    public ServiceDefinition definition() {
        return new ServiceDefinition(
                name(),
                keywords(),
                channels,
                feeCents,
                averageServiceMinutes,
                whatToBring(),
                fields.stream()
                        .sorted(java.util.Comparator.comparingInt(ServiceField::position))
                        .map(field -> new ServiceDefinition.Field(
                                field.key(),
                                field.type(),
                                field.label(),
                                field.group(),
                                field.required(),
                                field.prefillFrom().orElse(null),
                                field.prefillLocked(),
                                field.choices()))
                        .toList(),
                terms());
    }

    /** How the citizen must be identified, the SLA, the legal basis and the connector. */
    public ServiceTerms terms() {
        return new ServiceTerms(minimumIdentification, slaAmount, slaUnit, legalBasis, connector);
    }

    /** Puts a published definition live. */
    void apply(ServiceDefinition definition) {
        minimumIdentification = definition.terms().minimumIdentification();
        slaAmount = definition.terms().slaAmount();
        slaUnit = definition.terms().slaUnit();
        legalBasis = definition.terms().legalBasis();
        connector = definition.terms().connector();
        namePt = definition.name().pt();
        nameEn = definition.name().en();
        keywordsPt = definition.keywords().pt();
        keywordsEn = definition.keywords().en();
        channels = definition.channels();
        feeCents = definition.feeCents();
        averageServiceMinutes = definition.averageMinutes();
        bringPt = String.join(
                "|", definition.whatToBring().stream().map(LocalizedText::pt).toList());
        bringEn = String.join(
                "|", definition.whatToBring().stream().map(LocalizedText::en).toList());
        fields.clear();
        int position = 1;
        for (ServiceDefinition.Field field : definition.fields()) {
            fields.add(new ServiceField(
                    field.key(),
                    field.type(),
                    field.label(),
                    field.group(),
                    field.required(),
                    field.prefillFrom(),
                    field.prefillLocked() && field.prefillFrom() != null,
                    field.choices(),
                    position++));
        }
    }

    /** What the service asks for, in the order it asks. */
    public List<ServiceField> fields() {
        return List.copyOf(fields);
    }

    /** What the service gives back. */
    public List<ServiceOutput> outputs() {
        return List.copyOf(outputs);
    }

    /** The configured typical duration, used to estimate waits until real service times exist. */
    public Duration averageServiceTime() {
        return Duration.ofMinutes(averageServiceMinutes);
    }
}
