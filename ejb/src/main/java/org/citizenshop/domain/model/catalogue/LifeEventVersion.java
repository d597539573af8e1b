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
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** One numbered version of a life event, with the same rules as a service's ({@link CatalogueVersion}). */
@Entity
@Table(name = "life_event_version")
public class LifeEventVersion extends CatalogueVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "life_event_id")
    private LifeEvent lifeEvent;

    @Column(name = "definition_json", nullable = false, length = 20000)
    private LifeEventDefinition definition;

    protected LifeEventVersion() {}

    private LifeEventVersion(
            LifeEvent lifeEvent,
            int number,
            VersionStatus status,
            LifeEventDefinition definition,
            String by,
            Instant at) {
        super(number, status, by, at);
        this.lifeEvent = Objects.requireNonNull(lifeEvent, "life event");
        this.definition = Objects.requireNonNull(definition, "definition");
    }

    public static LifeEventVersion initial(LifeEvent lifeEvent, String by, Instant at) {
        return new LifeEventVersion(lifeEvent, 1, VersionStatus.PUBLISHED, lifeEvent.definition(), by, at);
    }

    public static LifeEventVersion draft(
            LifeEvent lifeEvent, int number, LifeEventDefinition definition, String by, Instant at) {
        return new LifeEventVersion(lifeEvent, number, VersionStatus.DRAFT, definition, by, at);
    }

    public void change(LifeEventDefinition definition, String by, Instant at) {
        changed(by, at);
        this.definition = Objects.requireNonNull(definition, "definition");
    }

    /** Puts the draft live, with the services its steps name. */
    public void publish(Map<String, PublicService> services, String by, Instant at) {
        requireDraft();
        lifeEvent.apply(definition, services);
        published(by, at);
    }

    @Override
    protected String subject() {
        return lifeEvent.code();
    }

    public LifeEventDefinition definition() {
        return definition;
    }
}
