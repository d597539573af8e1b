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
import java.util.Objects;
import java.util.Optional;
import org.citizenshop.domain.model.ConflictException;

/**
 * One numbered version of a service's definition. A draft may be changed until it is published;
 * once published it never changes again (running cases keep the version they started with), and a
 * change is a new draft. Who changed it and when is kept with it.
 */
@Entity
@Table(name = "service_version")
public class ServiceVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id")
    private PublicService service;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private VersionStatus status;

    /** The definition, stored as JSON (an attribute converter of the persistence layer). */
    @Column(name = "definition_json", nullable = false, length = 20000)
    private ServiceDefinition definition;

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

    protected ServiceVersion() {}

    private ServiceVersion(
            PublicService service,
            int number,
            VersionStatus status,
            ServiceDefinition definition,
            String by,
            Instant at) {
        this.service = Objects.requireNonNull(service, "service");
        this.number = number;
        this.status = status;
        this.definition = Objects.requireNonNull(definition, "definition");
        this.changedBy = by;
        this.changedAt = at;
    }

    /** The first version of a service that was live before versions were kept: published as it is. */
    public static ServiceVersion initial(PublicService service, String by, Instant at) {
        ServiceVersion first = new ServiceVersion(service, 1, VersionStatus.PUBLISHED, service.definition(), by, at);
        first.publishedBy = by;
        first.publishedAt = at;
        return first;
    }

    public static ServiceVersion draft(
            PublicService service, int number, ServiceDefinition definition, String by, Instant at) {
        return new ServiceVersion(service, number, VersionStatus.DRAFT, definition, by, at);
    }

    /** Changes the draft; a published or retired version is never changed. */
    public void change(ServiceDefinition definition, String by, Instant at) {
        requireDraft();
        this.definition = Objects.requireNonNull(definition, "definition");
        this.changedBy = by;
        this.changedAt = at;
    }

    /** Puts the draft live: the service takes its definition. */
    public void publish(String by, Instant at) {
        requireDraft();
        service.apply(definition);
        service.activate();
        status = VersionStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
    }

    /** A newer version was published. */
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
                    "Version " + number + " of " + service.code() + " is " + status + " and cannot change",
                    number,
                    service.code().value());
        }
    }

    public Long id() {
        return id;
    }

    public PublicService service() {
        return service;
    }

    public int number() {
        return number;
    }

    public VersionStatus status() {
        return status;
    }

    public ServiceDefinition definition() {
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
