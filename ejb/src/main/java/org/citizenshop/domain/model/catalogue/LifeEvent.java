package org.citizenshop.domain.model.catalogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.citizenshop.domain.model.LocalizedText;

/**
 * A life event (birth of a child, moving house) and the services it bundles, in the order a citizen
 * meets them. Dependencies, mappings and versions come with the bundle designer; the finder needs
 * the names, the words citizens use and the steps.
 */
@Entity
@Table(name = "life_event")
public class LifeEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 30)
    private String code;

    @Column(name = "name_pt", nullable = false)
    private String namePt;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "summary_pt", nullable = false, length = 1000)
    private String summaryPt;

    @Column(name = "summary_en", nullable = false, length = 1000)
    private String summaryEn;

    @Column(name = "keywords_pt", nullable = false, length = 1000)
    private String keywordsPt = "";

    @Column(name = "keywords_en", nullable = false, length = 1000)
    private String keywordsEn = "";

    @ElementCollection
    @CollectionTable(name = "life_event_step", joinColumns = @JoinColumn(name = "life_event_id"))
    @OrderBy("stepNumber")
    private List<LifeEventStep> steps = new ArrayList<>();

    protected LifeEvent() {}

    public String code() {
        return code;
    }

    public LocalizedText name() {
        return new LocalizedText(namePt, nameEn);
    }

    public LocalizedText summary() {
        return new LocalizedText(summaryPt, summaryEn);
    }

    public LocalizedText keywords() {
        return new LocalizedText(keywordsPt, keywordsEn);
    }

    public List<LifeEventStep> steps() {
        return List.copyOf(steps);
    }

    /** Its steps as a graph, from which its form comes; refused if the steps no longer make one. */
    public BundleDesign design() {
        return BundleDesign.of(steps.stream()
                .map(step -> new BundleDesign.Step(
                        step.service().code().value(),
                        step.service().name(),
                        step.optional(),
                        step.dependsOn(),
                        step.service().fields(),
                        step.service().outputs().stream()
                                .map(ServiceOutput::key)
                                .collect(java.util.stream.Collectors.toSet())))
                .toList());
    }
}
