package org.citizenshop.domain.model.catalogue;

import java.util.List;

public interface LifeEventVersionRepository {

    /** The life event's versions, newest first. */
    List<LifeEventVersion> versionsOf(LifeEvent lifeEvent);

    void add(LifeEventVersion version);
}
