package org.citizenshop.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citizenshop.application.BundleAdministration;
import org.citizenshop.application.CatalogueAdministration.VersionEntry;
import org.citizenshop.application.CatalogueChanged;
import org.citizenshop.application.FormGroupView;
import org.citizenshop.application.Roles;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.catalogue.BundleDesign;
import org.citizenshop.domain.model.catalogue.CatalogueRepository;
import org.citizenshop.domain.model.catalogue.CatalogueVersion;
import org.citizenshop.domain.model.catalogue.LifeEvent;
import org.citizenshop.domain.model.catalogue.LifeEventDefinition;
import org.citizenshop.domain.model.catalogue.LifeEventVersion;
import org.citizenshop.domain.model.catalogue.LifeEventVersionRepository;
import org.citizenshop.domain.model.catalogue.PublicService;

@Stateless
@RolesAllowed(Roles.AGENCY_ADMIN)
public class BundleAdministrationService implements BundleAdministration {

    @Inject
    CatalogueRepository catalogue;

    @Inject
    LifeEventVersionRepository versions;

    @Inject
    AgencyEditors editors;

    @Inject
    AuditTrail audit;

    @Inject
    Event<CatalogueChanged> changed;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Override
    public List<BundleEntry> lifeEvents() {
        String own = editors.of(caller()).agency().code().value();
        List<BundleEntry> entries = new ArrayList<>();
        for (LifeEvent event : catalogue.lifeEvents()) {
            List<LifeEventVersion> history = history(event);
            entries.add(new BundleEntry(
                    event.code(),
                    event.name(),
                    event.owner().code().value(),
                    published(history).number(),
                    draft(history).map(LifeEventVersion::number).orElse(null),
                    event.owner().code().value().equals(own)));
        }
        return List.copyOf(entries);
    }

    @Override
    public List<VersionEntry> versions(String code) {
        List<LifeEventVersion> history = history(lifeEvent(code));
        List<VersionEntry> entries = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            entries.add(entry(history.get(i), i + 1 < history.size() ? history.get(i + 1) : null));
        }
        return List.copyOf(entries);
    }

    @Override
    public LifeEventDefinition definition(String code, int number) {
        return history(lifeEvent(code)).stream()
                .filter(version -> version.number() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(
                        "catalogue.versionUnknown", "No version " + number + " of " + code, number, code))
                .definition();
    }

    @Override
    public List<FormGroupView> form(LifeEventDefinition definition) {
        return CatalogueSnapshot.form(design(definition));
    }

    @Override
    public VersionEntry saveDraft(String code, LifeEventDefinition definition) {
        if (definition == null) {
            throw new InvalidInputException("definition", "catalogue.definitionRequired", "No definition");
        }
        LifeEvent event = editable(code);
        design(definition);
        List<LifeEventVersion> history = history(event);
        Optional<LifeEventVersion> draft = draft(history);
        LifeEventVersion saved;
        if (draft.isPresent()) {
            saved = draft.get();
            saved.change(definition, caller(), clock.instant());
        } else {
            saved = LifeEventVersion.draft(event, history.get(0).number() + 1, definition, caller(), clock.instant());
            versions.add(saved);
        }
        LifeEventVersion published = published(history);
        audit.record(
                caller(),
                "catalogue.lifeEventDraftSaved",
                code + " v" + saved.number(),
                definition.changesSince(published.definition()).toString());
        return entry(saved, published);
    }

    @Override
    public VersionEntry publish(String code) {
        LifeEvent event = editable(code);
        List<LifeEventVersion> history = history(event);
        LifeEventVersion draft = draft(history)
                .orElseThrow(() -> new ConflictException(
                        "catalogue.noDraft", "Life event " + code + " has no draft to publish", code));
        Map<String, PublicService> services = services();
        BundleDesign.of(draft.definition(), services);
        LifeEventVersion previous = published(history);
        previous.retire();
        draft.publish(services, caller(), clock.instant());
        audit.record(
                caller(),
                "catalogue.lifeEventPublished",
                code + " v" + draft.number(),
                draft.definition().changesSince(previous.definition()).toString());
        changed.fire(new CatalogueChanged(code));
        return entry(draft, previous);
    }

    /** The definition's graph; refused when a step names an unknown service or the steps form a circle. */
    private BundleDesign design(LifeEventDefinition definition) {
        return BundleDesign.of(definition, services());
    }

    private Map<String, PublicService> services() {
        Map<String, PublicService> services = new HashMap<>();
        for (PublicService service : catalogue.services()) {
            if (service.active()) {
                services.put(service.code().value(), service);
            }
        }
        return services;
    }

    private static VersionEntry entry(LifeEventVersion version, LifeEventVersion previous) {
        return VersionEntry.of(
                version, previous == null ? List.of() : version.definition().changesSince(previous.definition()));
    }

    private List<LifeEventVersion> history(LifeEvent event) {
        List<LifeEventVersion> history = versions.versionsOf(event);
        if (history.isEmpty()) {
            LifeEventVersion first =
                    LifeEventVersion.initial(event, CatalogueAdministrationService.SEED, clock.instant());
            versions.add(first);
            return List.of(first);
        }
        return history;
    }

    private static Optional<LifeEventVersion> draft(List<LifeEventVersion> history) {
        return CatalogueVersion.draftOf(history);
    }

    private static LifeEventVersion published(List<LifeEventVersion> history) {
        return CatalogueVersion.publishedOf(history)
                .orElseThrow(() -> new IllegalStateException("a life event always has a published version"));
    }

    private LifeEvent lifeEvent(String code) {
        return catalogue
                .findLifeEvent(code)
                .orElseThrow(() -> new NotFoundException("lifeEvent.unknown", "No life event " + code, code));
    }

    private LifeEvent editable(String code) {
        LifeEvent event = lifeEvent(code);
        editors.requireOwner(caller(), event.owner(), code, "bundle.otherOwner");
        return event;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
