package org.citizenshop.domain.model.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.citizenshop.domain.model.ConflictException;

/**
 * What every numbered version of a catalogue item (a service, a life event) keeps and obeys: its
 * number and status, who changed it and when, who published it and when. A draft may change until
 * it is published; a published or retired version never changes again.
 */
@MappedSuperclass
public abstract class CatalogueVersion {

    @Column(name = "version_number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private VersionStatus status;

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

    protected CatalogueVersion() {}

    protected CatalogueVersion(int number, VersionStatus status, String by, Instant at) {
        this.number = number;
        this.status = status;
        this.changedBy = by;
        this.changedAt = at;
        if (status == VersionStatus.PUBLISHED) {
            this.publishedBy = by;
            this.publishedAt = at;
        }
    }

    /** The draft among a history's versions, if there is one. */
    public static <V extends CatalogueVersion> Optional<V> draftOf(List<V> history) {
        return history.stream()
                .filter(version -> version.status() == VersionStatus.DRAFT)
                .findFirst();
    }

    /** The published (live) version among a history's versions, if there is one. */
    public static <V extends CatalogueVersion> Optional<V> publishedOf(List<V> history) {
        return history.stream()
                .filter(version -> version.status() == VersionStatus.PUBLISHED)
                .findFirst();
    }

    /** The code of the service or life event, for messages. */
    protected abstract String subject();

    /** Records a change of the draft; refused on any other version. */
    protected void changed(String by, Instant at) {
        requireDraft();
        changedBy = by;
        changedAt = at;
    }

    /** Records the draft's publication; refused on any other version. */
    protected void published(String by, Instant at) {
        requireDraft();
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

    protected void requireDraft() {
        if (status != VersionStatus.DRAFT) {
            throw new ConflictException(
                    "catalogue.versionImmutable",
                    "Version " + number + " of " + subject() + " is " + status + " and cannot change",
                    number,
                    subject());
        }
    }

    public int number() {
        return number;
    }

    public VersionStatus status() {
        return status;
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
