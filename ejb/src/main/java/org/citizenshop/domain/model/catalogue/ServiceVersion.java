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
import java.util.Objects;

/**
 * One numbered version of a service's definition. A draft may be changed until it is published;
 * once published it never changes again (running cases keep the version they started with), and a
 * change is a new draft.
 */
@Entity
@Table(name = "service_version")
public class ServiceVersion extends CatalogueVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id")
    private PublicService service;

    /** The definition, stored as JSON (an attribute converter of the persistence layer). */
    @Column(name = "definition_json", nullable = false, length = 20000)
    private ServiceDefinition definition;

    protected ServiceVersion() {}

    private ServiceVersion(
            PublicService service,
            int number,
            VersionStatus status,
            ServiceDefinition definition,
            String by,
            Instant at) {
        super(number, status, by, at);
        this.service = Objects.requireNonNull(service, "service");
        this.definition = Objects.requireNonNull(definition, "definition");
    }

    /** The first version of a service that was live before versions were kept: published as it is. */
    public static ServiceVersion initial(PublicService service, String by, Instant at) {
        return new ServiceVersion(service, 1, VersionStatus.PUBLISHED, service.definition(), by, at);
    }

    public static ServiceVersion draft(
            PublicService service, int number, ServiceDefinition definition, String by, Instant at) {
        return new ServiceVersion(service, number, VersionStatus.DRAFT, definition, by, at);
    }

    /** Changes the draft; a published or retired version is never changed. */
    public void change(ServiceDefinition definition, String by, Instant at) {
        changed(by, at);
        this.definition = Objects.requireNonNull(definition, "definition");
    }

    /** Puts the draft live: the service takes its definition (and a proposed service is offered). */
    public void publish(String by, Instant at) {
        requireDraft();
        service.apply(definition);
        service.activate();
        published(by, at);
    }

    @Override
    protected String subject() {
        return service.code().value();
    }

    public Long id() {
        return id;
    }

    public PublicService service() {
        return service;
    }

    public ServiceDefinition definition() {
        return definition;
    }
}
