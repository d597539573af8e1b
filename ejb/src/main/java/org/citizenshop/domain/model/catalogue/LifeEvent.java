package org.citizenshop.domain.model.catalogue;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
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
@Cacheable
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

    /** How many of the optional steps a citizen must choose at least (0: any number). */
    @Column(name = "minimum_optional", nullable = false)
    private int minimumOptional;

    /** The agency that owns the bundle: its administrators compose it from any agency's services. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_agency_id")
    private Agency owner;

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

    public Agency owner() {
        return owner;
    }

    /** What its owner edits of it, as it is live now. */
    public LifeEventDefinition definition() {
        return new LifeEventDefinition(
                name(),
                summary(),
                keywords(),
                steps.stream()
                        .sorted(java.util.Comparator.comparingInt(LifeEventStep::stepNumber))
                        .map(step -> new LifeEventDefinition.Step(
                                step.service().code().value(),
                                step.optional(),
                                step.dependsOn(),
                                step.condition().orElse(null)))
                        .toList(),
                minimumOptional);
    }

    /** Puts a published definition live; {@code services} holds every service its steps name. */
    void apply(LifeEventDefinition definition, java.util.Map<String, PublicService> services) {
        namePt = definition.name().pt();
        nameEn = definition.name().en();
        summaryPt = definition.summary().pt();
        summaryEn = definition.summary().en();
        keywordsPt = definition.keywords().pt();
        keywordsEn = definition.keywords().en();
        minimumOptional = definition.minimumOptional();
        steps.clear();
        int number = 1;
        for (LifeEventDefinition.Step step : definition.steps()) {
            steps.add(new LifeEventStep(
                    services.get(step.service()), number++, step.optional(), step.dependsOn(), step.condition()));
        }
    }

    /** The services of the steps that run (in the order given), and what each waits for among them. */
    public record Plan(List<PublicService> services, java.util.Map<String, java.util.Set<String>> dependsOn) {}

    /**
     * The plan of the steps {@code running} (service codes, in an order that respects their
     * dependencies): each step waits only for the steps it depends on that run too.
     */
    public Plan plan(List<String> running) {
        java.util.Map<String, PublicService> services = new java.util.HashMap<>();
        steps.forEach(step -> services.put(step.service().code().value(), step.service()));
        java.util.Set<String> included = new java.util.HashSet<>(running);
        java.util.Map<String, java.util.Set<String>> dependsOn = new java.util.HashMap<>();
        for (LifeEventStep step : steps) {
            java.util.Set<String> needs = new java.util.HashSet<>(step.dependsOn());
            needs.retainAll(included);
            dependsOn.put(step.service().code().value(), needs);
        }
        return new Plan(running.stream().map(services::get).toList(), dependsOn);
    }

    /** Its steps as a graph, from which its form comes; refused if the steps no longer make one. */
    public BundleDesign design() {
        java.util.Map<String, PublicService> services = new java.util.HashMap<>();
        steps.forEach(step -> services.put(step.service().code().value(), step.service()));
        return BundleDesign.of(definition(), services);
    }
}
