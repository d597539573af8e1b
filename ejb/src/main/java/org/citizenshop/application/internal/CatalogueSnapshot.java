package org.citizenshop.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.citizenshop.application.CatalogueChanged;
import org.citizenshop.application.CatalogueServiceView;
import org.citizenshop.application.FormGroupView;
import org.citizenshop.application.LifeEventView;
import org.citizenshop.application.port.CatalogueSearch;
import org.citizenshop.domain.model.LocalizedText;
import org.citizenshop.domain.model.catalogue.BundleDesign;
import org.citizenshop.domain.model.catalogue.LifeEvent;
import org.citizenshop.domain.model.catalogue.LifeEventStep;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.catalogue.ServiceChannels;

/**
 * The catalogue as the finder shows it, kept in memory with its search index: the finder answers
 * every key typed at a kiosk, which should not cost a database round trip each.
 */
@ApplicationScoped
class CatalogueSnapshot {

    record Views(Map<String, CatalogueServiceView> services, Map<String, LifeEventView> lifeEvents) {}

    @Inject
    CatalogueSearch search;

    private volatile Views views;

    /** The current views, or null before the first {@link #replace} or after a change. */
    Views views() {
        return views;
    }

    /** A published change: the views and the index are rebuilt on the next read. */
    void catalogueChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogueChanged change) {
        views = null;
    }

    /** Builds the views and the index from the catalogue read in one transaction. */
    synchronized void replace(List<PublicService> services, List<LifeEvent> lifeEvents) {
        Map<String, CatalogueServiceView> serviceViews = new LinkedHashMap<>();
        List<CatalogueSearch.Entry> entries = new ArrayList<>();
        for (PublicService service : services) {
            if (!service.active()) {
                continue;
            }
            serviceViews.put(service.code().value(), view(service));
            entries.add(
                    entry(CatalogueSearch.Kind.SERVICE, service.code().value(), service.name(), service.keywords()));
        }
        Map<String, LifeEventView> eventViews = new LinkedHashMap<>();
        for (LifeEvent event : lifeEvents) {
            eventViews.put(event.code(), view(event, serviceViews));
            entries.add(entry(CatalogueSearch.Kind.LIFE_EVENT, event.code(), event.name(), event.keywords()));
        }
        search.replaceAll(entries);
        views = new Views(Map.copyOf(serviceViews), Map.copyOf(eventViews));
    }

    private static CatalogueSearch.Entry entry(
            CatalogueSearch.Kind kind, String code, LocalizedText name, LocalizedText words) {
        return new CatalogueSearch.Entry(kind, code, name.pt(), name.en(), words.pt(), words.en());
    }

    static CatalogueServiceView view(PublicService service) {
        return new CatalogueServiceView(
                service.code().value(),
                service.name(),
                service.agency().code().value(),
                service.agency().name(),
                service.channels().name(),
                service.feeCents(),
                service.whatToBring(),
                (int) service.averageServiceTime().toMinutes(),
                service.terms().minimumIdentification().name(),
                service.terms().slaAmount(),
                service.terms().slaUnit().name(),
                service.terms().legalBasis());
    }

    static LifeEventView view(LifeEvent event, Map<String, CatalogueServiceView> services) {
        List<LifeEventView.Step> steps = new ArrayList<>();
        LinkedHashSet<LocalizedText> bring = new LinkedHashSet<>();
        int fee = 0;
        boolean atKiosk = true;
        for (LifeEventStep step : event.steps()) {
            CatalogueServiceView service = services.get(step.service().code().value());
            steps.add(new LifeEventView.Step(
                    service.code(),
                    service.name(),
                    service.agency(),
                    step.optional(),
                    step.dependsOn().stream().sorted().toList(),
                    step.condition().orElse(null)));
            if (!step.optional()) {
                fee += service.feeCents();
                atKiosk &= ServiceChannels.valueOf(service.channels()).atKiosk();
                bring.addAll(service.whatToBring());
            }
        }
        boolean anyRequired = steps.stream().anyMatch(step -> !step.optional());
        if (!anyRequired) {
            // Every step is the citizen's choice: bring what any of them asks for.
            steps.forEach(step -> bring.addAll(services.get(step.service()).whatToBring()));
            fee = steps.stream()
                    .mapToInt(step -> services.get(step.service()).feeCents())
                    .sum();
            atKiosk = steps.stream().allMatch(step -> ServiceChannels.valueOf(
                            services.get(step.service()).channels())
                    .atKiosk());
        }
        return new LifeEventView(
                event.code(),
                event.name(),
                event.summary(),
                List.copyOf(steps),
                (atKiosk ? ServiceChannels.BOTH : ServiceChannels.DESK).name(),
                fee,
                List.copyOf(bring),
                form(event.design()),
                event.definition().minimumOptional());
    }

    static List<FormGroupView> form(BundleDesign design) {
        return design.form(null).stream()
                .map(group -> new FormGroupView(
                        group.group(),
                        group.fields().stream()
                                .map(field -> new FormGroupView.Field(
                                        field.key(),
                                        field.type().name(),
                                        field.label(),
                                        field.required(),
                                        field.prefillFrom().orElse(null),
                                        field.choices(),
                                        field.askedBy(),
                                        field.prefillLocked()))
                                .toList()))
                .toList();
    }
}
