package org.citizenshop.domain.model.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.citizenshop.domain.model.ConflictException;

/** One numbered version of a life event, with the same rules as a service's ({@link ServiceVersion}). */
@Entity
@Table(name = "life_event_version")
public class LifeEventVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "life_event_id")
    private LifeEvent lifeEvent;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private VersionStatus status;

    @Column(name = "definition_json", nullable = false, length = 20000)
    private LifeEventDefinition definition;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "published_by", length = 100)
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    protected LifeEventVersion() {}

    private LifeEventVersion(
            LifeEvent lifeEvent,
            int number,
            VersionStatus status,
            LifeEventDefinition definition,
            String by,
            Instant at) {
        this.lifeEvent = Objects.requireNonNull(lifeEvent, "life event");
        this.number = number;
        this.status = status;
        this.definition = Objects.requireNonNull(definition, "definition");
        this.changedBy = by;
        this.changedAt = at;
    }

    public static LifeEventVersion initial(LifeEvent lifeEvent, String by, Instant at) {
        LifeEventVersion first =
                new LifeEventVersion(lifeEvent, 1, VersionStatus.PUBLISHED, lifeEvent.definition(), by, at);
        first.publishedBy = by;
        first.publishedAt = at;
        return first;
    }

    public static LifeEventVersion draft(
            LifeEvent lifeEvent, int number, LifeEventDefinition definition, String by, Instant at) {
        return new LifeEventVersion(lifeEvent, number, VersionStatus.DRAFT, definition, by, at);
    }

    public void change(LifeEventDefinition definition, String by, Instant at) {
        requireDraft();
        this.definition = Objects.requireNonNull(definition, "definition");
        this.changedBy = by;
        this.changedAt = at;
    }

    /** Puts the draft live, with the services its steps name. */
    public void publish(Map<String, PublicService> services, String by, Instant at) {
        requireDraft();
        lifeEvent.apply(definition, services);
        status = VersionStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
    }

    public void retire() {
        if (status != VersionStatus.PUBLISHED) {
            throw new IllegalStateException("only the published version is retired");
        }
        status = VersionStatus.RETIRED;
    }

    private void requireDraft() {
        if (status != VersionStatus.DRAFT) {
            throw new ConflictException(
                    "catalogue.versionImmutable",
                    "Version " + number + " of " + lifeEvent.code() + " is " + status + " and cannot change",
                    number,
                    lifeEvent.code());
        }
    }

    public int number() {
        return number;
    }

    public VersionStatus status() {
        return status;
    }

    public LifeEventDefinition definition() {
        return definition;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public Optional<String> publishedBy() {
        return Optional.ofNullable(publishedBy);
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }
}
