package org.citizenshop.application;

import java.io.Serializable;
import java.util.List;
import org.citizenshop.domain.model.LocalizedText;
import org.citizenshop.domain.model.catalogue.LifeEventDefinition;

/**
 * A life event's owner (the administrators of the agency that owns it) composes it from any
 * agency's services: steps, optional or not, and what each waits for; saved as a draft (refused if
 * the steps go round in a circle), previewed as the form citizens will fill, published as a new
 * version. The services themselves stay their agencies' to change.
 */
public interface BundleAdministration {

    record BundleEntry(
            String code, LocalizedText name, String owner, int publishedVersion, Integer draftVersion, boolean editable)
            implements Serializable {}

    List<BundleEntry> lifeEvents();

    List<CatalogueAdministration.VersionEntry> versions(String lifeEvent);

    LifeEventDefinition definition(String lifeEvent, int version);

    /** The form a citizen would fill for this definition, before it is saved. */
    List<FormGroupView> form(LifeEventDefinition definition);

    CatalogueAdministration.VersionEntry saveDraft(String lifeEvent, LifeEventDefinition definition);

    CatalogueAdministration.VersionEntry publish(String lifeEvent);
}
