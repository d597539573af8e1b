package org.citizenshop.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.citizenshop.domain.model.LocalizedText;
import org.citizenshop.domain.model.catalogue.ServiceDefinition;

/**
 * Agency administrators edit their own agency's services: a draft, checked as it is saved, then
 * published as a new version (the old one is kept, never changed). Every change is on record: who,
 * when, what changed. Other agencies' services can be read, not changed.
 */
public interface CatalogueAdministration {

    /** A service as its administrators list it. */
    record ServiceEntry(
            String code,
            LocalizedText name,
            String agency,
            Integer publishedVersion,
            Integer draftVersion,
            boolean editable)
            implements Serializable {}

    /** A version in the history, with what changed since the one before it. */
    record VersionEntry(
            int number,
            String status,
            String changedBy,
            Instant changedAt,
            String publishedBy,
            Instant publishedAt,
            List<ServiceDefinition.Change> changes)
            implements Serializable {

        /** A version as the history lists it, with what changed since the one before it. */
        public static VersionEntry of(
                org.citizenshop.domain.model.catalogue.CatalogueVersion version,
                List<ServiceDefinition.Change> changes) {
            return new VersionEntry(
                    version.number(),
                    version.status().name(),
                    version.changedBy(),
                    version.changedAt(),
                    version.publishedBy().orElse(null),
                    version.publishedAt().orElse(null),
                    changes);
        }
    }

    /** The agency the caller administers. */
    String agency();

    /** The services of every agency, the caller's own first, each saying whether he may edit it. */
    List<ServiceEntry> services();

    /** The service's versions, newest first. */
    List<VersionEntry> versions(String service);

    ServiceDefinition definition(String service, int version);

    /**
     * Proposes a new service of the caller's agency (its code starts with the agency's): version 1,
     * a draft; nothing of it is offered until it is published. Then every shop that serves the
     * agency's other services offers it in the same queue, at the desks that serve all of them.
     */
    VersionEntry createService(String code, ServiceDefinition definition);

    /** Creates the service's draft, or changes it: the next version, not live until published. */
    VersionEntry saveDraft(String service, ServiceDefinition definition);

    /** Puts the draft live as the new published version. */
    VersionEntry publish(String service);

    /** Throws the draft away. */
    void discardDraft(String service);
}
