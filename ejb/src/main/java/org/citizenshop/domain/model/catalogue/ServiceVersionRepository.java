package org.citizenshop.domain.model.catalogue;

import java.util.List;
import java.util.Optional;

public interface ServiceVersionRepository {

    /** The service's versions, newest first. */
    List<ServiceVersion> versionsOf(PublicService service);

    Optional<ServiceVersion> find(PublicService service, int number);

    void add(ServiceVersion version);

    /** Only a draft is ever removed. */
    void remove(ServiceVersion draft);
}
