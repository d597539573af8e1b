package org.citizenshop.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.citizenshop.application.CatalogueAdministration;
import org.citizenshop.application.CatalogueChanged;
import org.citizenshop.application.Roles;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.catalogue.CatalogueRepository;
import org.citizenshop.domain.model.catalogue.CatalogueVersion;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.catalogue.ServiceCode;
import org.citizenshop.domain.model.catalogue.ServiceDefinition;
import org.citizenshop.domain.model.catalogue.ServiceQueue;
import org.citizenshop.domain.model.catalogue.ServiceVersion;
import org.citizenshop.domain.model.catalogue.ServiceVersionRepository;
import org.citizenshop.domain.model.shop.Desk;
import org.citizenshop.domain.model.shop.DeskRepository;
import org.citizenshop.domain.model.shop.Shop;
import org.citizenshop.domain.model.shop.ShopRepository;
import org.citizenshop.domain.model.staff.AgencyAdministrator;

@Stateless
@RolesAllowed(Roles.AGENCY_ADMIN)
public class CatalogueAdministrationService implements CatalogueAdministration {

    /** Who is recorded as having published what was live before versions were kept. */
    static final String SEED = "catalogue seed";

    @Inject
    CatalogueRepository catalogue;

    @Inject
    ServiceVersionRepository versions;

    @Inject
    AgencyEditors editors;

    @Inject
    AuditTrail audit;

    @Inject
    ShopRepository shops;

    @Inject
    DeskRepository desks;

    @Inject
    Event<CatalogueChanged> changed;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Override
    public String agency() {
        return administrator().agency().code().value();
    }

    @Override
    public List<ServiceEntry> services() {
        String own = agency();
        List<ServiceEntry> entries = new ArrayList<>();
        for (PublicService service : catalogue.services()) {
            List<ServiceVersion> history = history(service);
            entries.add(new ServiceEntry(
                    service.code().value(),
                    service.name(),
                    service.agency().code().value(),
                    published(history).map(ServiceVersion::number).orElse(null),
                    draft(history).map(ServiceVersion::number).orElse(null),
                    service.agency().code().value().equals(own)));
        }
        entries.sort(
                Comparator.comparing((ServiceEntry entry) -> !entry.editable()).thenComparing(ServiceEntry::code));
        return List.copyOf(entries);
    }

    @Override
    public List<VersionEntry> versions(String code) {
        List<ServiceVersion> history = history(service(code));
        List<VersionEntry> entries = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            ServiceVersion version = history.get(i);
            ServiceVersion previous = i + 1 < history.size() ? history.get(i + 1) : null;
            entries.add(entry(version, previous));
        }
        return List.copyOf(entries);
    }

    @Override
    public ServiceDefinition definition(String code, int number) {
        PublicService service = service(code);
        history(service);
        return versions.find(service, number)
                .orElseThrow(() -> new NotFoundException(
                        "catalogue.versionUnknown", "No version " + number + " of " + code, number, code))
                .definition();
    }

    @Override
    public VersionEntry saveDraft(String code, ServiceDefinition definition) {
        if (definition == null) {
            throw new InvalidInputException("definition", "catalogue.definitionRequired", "No definition");
        }
        PublicService service = editable(code);
        List<ServiceVersion> history = history(service);
        Optional<ServiceVersion> draft = draft(history);
        ServiceVersion saved;
        if (draft.isPresent()) {
            saved = draft.get();
            saved.change(definition, caller(), clock.instant());
        } else {
            saved = ServiceVersion.draft(service, history.get(0).number() + 1, definition, caller(), clock.instant());
            versions.add(saved);
        }
        ServiceVersion published = published(history).orElse(null);
        audit.record(
                caller(),
                "catalogue.draftSaved",
                code + " v" + saved.number(),
                published == null
                        ? "new service"
                        : definition.changesSince(published.definition()).toString());
        return entry(saved, published);
    }

    @Override
    public VersionEntry publish(String code) {
        PublicService service = editable(code);
        List<ServiceVersion> history = history(service);
        ServiceVersion draft = draft(history)
                .orElseThrow(() -> new ConflictException(
                        "catalogue.noDraft", "Service " + code + " has no draft to publish", code));
        ServiceVersion previous = published(history).orElse(null);
        if (previous != null) {
            previous.retire();
        }
        draft.publish(caller(), clock.instant());
        if (previous == null) {
            offerWhereTheAgencyIsServed(service);
        }
        audit.record(
                caller(),
                "catalogue.published",
                code + " v" + draft.number(),
                previous == null
                        ? "new service"
                        : draft.definition().changesSince(previous.definition()).toString());
        changed.fire(new CatalogueChanged(code));
        return entry(draft, previous);
    }

    @Override
    public void discardDraft(String code) {
        PublicService service = editable(code);
        ServiceVersion draft = draft(history(service))
                .orElseThrow(() -> new ConflictException(
                        "catalogue.noDraft", "Service " + code + " has no draft to publish", code));
        if (!service.active()) {
            throw new ConflictException(
                    "catalogue.proposedKeepsDraft",
                    "Service " + code + " was never published: its first draft is all there is of it",
                    code);
        }
        versions.remove(draft);
        audit.record(caller(), "catalogue.draftDiscarded", code + " v" + draft.number(), "");
    }

    private static VersionEntry entry(ServiceVersion version, ServiceVersion previous) {
        return VersionEntry.of(
                version, previous == null ? List.of() : version.definition().changesSince(previous.definition()));
    }

    /** The versions, newest first; a service live before versions were kept gets its first one now. */
    private List<ServiceVersion> history(PublicService service) {
        List<ServiceVersion> history = versions.versionsOf(service);
        if (history.isEmpty()) {
            ServiceVersion first = ServiceVersion.initial(service, SEED, clock.instant());
            versions.add(first);
            return List.of(first);
        }
        return history;
    }

    private static Optional<ServiceVersion> draft(List<ServiceVersion> history) {
        return CatalogueVersion.draftOf(history);
    }

    private static Optional<ServiceVersion> published(List<ServiceVersion> history) {
        return CatalogueVersion.publishedOf(history);
    }

    @Override
    public VersionEntry createService(String code, ServiceDefinition definition) {
        if (definition == null) {
            throw new InvalidInputException("definition", "catalogue.definitionRequired", "No definition");
        }
        AgencyAdministrator administrator = administrator();
        ServiceCode serviceCode = ServiceCode.of(code);
        String prefix = administrator.agency().code().value() + "-";
        if (!serviceCode.value().startsWith(prefix)) {
            throw new InvalidInputException(
                    "code",
                    "catalogue.codePrefix",
                    "The code of a service of " + prefix + " starts with " + prefix,
                    serviceCode.value(),
                    prefix);
        }
        if (catalogue.findService(serviceCode).isPresent()) {
            throw new ConflictException(
                    "catalogue.codeTaken", "There is already a service " + serviceCode, serviceCode.value());
        }
        PublicService service = PublicService.proposed(serviceCode, administrator.agency(), definition);
        catalogue.add(service);
        ServiceVersion first = ServiceVersion.draft(service, 1, definition, caller(), clock.instant());
        versions.add(first);
        audit.record(caller(), "catalogue.serviceProposed", serviceCode.value() + " v1", "");
        return entry(first, null);
    }

    /**
     * A newly published service joins, in every shop that serves its agency, the queue of the
     * agency's other services, and the desks that serve all of those.
     */
    private void offerWhereTheAgencyIsServed(PublicService service) {
        for (Shop shop : shops.all()) {
            List<ServiceQueue> queues = catalogue.queuesOf(shop);
            List<PublicService> siblings = queues.stream()
                    .flatMap(queue -> queue.services().stream())
                    .filter(other -> other != service
                            && other.agency().code().equals(service.agency().code()))
                    .toList();
            Optional<ServiceQueue> queue = queues.stream()
                    .filter(candidate -> candidate.services().stream().anyMatch(siblings::contains))
                    .findFirst();
            if (queue.isEmpty()) {
                continue;
            }
            queue.get().feed(service);
            for (Desk desk : desks.ofShop(shop)) {
                if (desk.services().containsAll(siblings)) {
                    desk.serve(service);
                }
            }
            audit.record(
                    caller(),
                    "catalogue.offered",
                    service.code().value(),
                    shop.code().value());
        }
    }

    private PublicService service(String code) {
        ServiceCode serviceCode = ServiceCode.of(code);
        return catalogue
                .findService(serviceCode)
                .orElseThrow(() ->
                        new NotFoundException("service.unknown", "No service " + serviceCode, serviceCode.value()));
    }

    /** The service, provided the caller administers its agency. */
    private PublicService editable(String code) {
        PublicService service = service(code);
        editors.requireOwner(caller(), service.agency(), code, "catalogue.otherAgency");
        return service;
    }

    private AgencyAdministrator administrator() {
        return editors.of(caller());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
