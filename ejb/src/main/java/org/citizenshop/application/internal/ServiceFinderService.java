package org.citizenshop.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.citizenshop.application.CatalogueServiceView;
import org.citizenshop.application.FinderHit;
import org.citizenshop.application.LifeEventView;
import org.citizenshop.application.Roles;
import org.citizenshop.application.ServiceFinder;
import org.citizenshop.application.port.CatalogueSearch;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.LocalizedText;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.catalogue.CatalogueRepository;
import org.citizenshop.domain.model.shop.Shop;
import org.citizenshop.domain.model.shop.ShopCode;
import org.citizenshop.domain.model.shop.ShopRepository;

/** Public: the catalogue holds no personal data. */
@Stateless
@PermitAll
public class ServiceFinderService implements ServiceFinder {

    /** The most answers one search gives. */
    static final int MAX_LIMIT = 20;

    @Inject
    CatalogueRepository catalogue;

    @Inject
    ShopRepository shops;

    @Inject
    CatalogueSearch search;

    @Inject
    CatalogueSnapshot snapshot;

    @Override
    public List<FinderHit> search(String typed, String language, String shop, int limit) {
        if (typed != null && typed.length() > MAX_QUERY_LENGTH) {
            throw new InvalidInputException(
                    "q", "finder.queryTooLong", "At most " + MAX_QUERY_LENGTH + " characters", MAX_QUERY_LENGTH);
        }
        Set<String> offered = shop == null || shop.isBlank() ? null : offeredBy(shop);
        CatalogueSnapshot.Views views = views();
        List<FinderHit> hits = new ArrayList<>();
        for (CatalogueSearch.Match match : search.search(typed, language, Math.max(1, Math.min(limit, MAX_LIMIT)))) {
            if (match.kind() == CatalogueSearch.Kind.SERVICE) {
                CatalogueServiceView service = views.services().get(match.code());
                if (service != null) {
                    hits.add(hit(service, offered));
                }
            } else {
                LifeEventView event = views.lifeEvents().get(match.code());
                if (event != null) {
                    hits.add(hit(event, offered));
                }
            }
        }
        return List.copyOf(hits);
    }

    private Set<String> offeredBy(String code) {
        ShopCode shopCode = ShopCode.of(code);
        Shop shop = shops.find(shopCode)
                .orElseThrow(() -> new NotFoundException("shop.unknown", "No shop " + shopCode, shopCode.value()));
        return catalogue.serviceCodesOffered(shop);
    }

    private static FinderHit hit(CatalogueServiceView service, Set<String> offered) {
        return new FinderHit(
                FinderHit.SERVICE,
                service.code(),
                service.name(),
                service.agencyName(),
                service.agency(),
                service.channels(),
                service.feeCents(),
                service.whatToBring(),
                List.of(),
                offered == null ? null : offered.contains(service.code()));
    }

    private static FinderHit hit(LifeEventView event, Set<String> offered) {
        Boolean here = null;
        if (offered != null) {
            List<LifeEventView.Step> required =
                    event.steps().stream().filter(step -> !step.optional()).toList();
            here = required.isEmpty()
                    ? event.steps().stream().anyMatch(step -> offered.contains(step.service()))
                    : required.stream().allMatch(step -> offered.contains(step.service()));
        }
        List<LocalizedText> steps =
                event.steps().stream().map(LifeEventView.Step::name).toList();
        return new FinderHit(
                FinderHit.LIFE_EVENT,
                event.code(),
                event.name(),
                event.summary(),
                null,
                event.channels(),
                event.feeCents(),
                event.whatToBring(),
                steps,
                here);
    }

    @Override
    public List<CatalogueServiceView> services() {
        return views().services().values().stream()
                .sorted(Comparator.comparing(CatalogueServiceView::code))
                .toList();
    }

    @Override
    public List<LifeEventView> lifeEvents() {
        return views().lifeEvents().values().stream()
                .sorted(Comparator.comparing(LifeEventView::code))
                .toList();
    }

    @Override
    public LifeEventView lifeEvent(String code) {
        LifeEventView event = views().lifeEvents().get(code);
        if (event == null) {
            throw new NotFoundException("lifeEvent.unknown", "No life event " + code, code);
        }
        return event;
    }

    @Override
    public FormCheck checkForm(String code, java.util.Set<String> chosen, java.util.Map<String, String> data) {
        org.citizenshop.domain.model.catalogue.LifeEvent event = catalogue
                .findLifeEvent(code)
                .orElseThrow(() -> new NotFoundException("lifeEvent.unknown", "No life event " + code, code));
        List<FieldProblem> problems = new ArrayList<>();
        try {
            event.definition().requireValidChoice(chosen);
        } catch (InvalidInputException refused) {
            problems.add(new FieldProblem(refused.field(), refused.messageKey(), refused.arguments()));
        }
        org.citizenshop.domain.model.catalogue.BundleDesign design = event.design();
        List<String> steps = design.stepsFor(chosen, data);
        java.util.Set<String> decisive = design.conditionKeys(chosen);
        for (org.citizenshop.domain.model.catalogue.BundleDesign.FormGroup group :
                design.form(java.util.Set.copyOf(chosen))) {
            for (org.citizenshop.domain.model.catalogue.BundleDesign.FormField field : group.fields()) {
                boolean decides = decisive.contains(field.key());
                if (!decides && field.askedBy().stream().noneMatch(steps::contains)) {
                    continue;
                }
                try {
                    org.citizenshop.domain.model.catalogue.FieldValue.check(
                            field.key(),
                            field.type(),
                            field.required() || decides,
                            field.choices(),
                            data.get(field.key()));
                } catch (InvalidInputException refused) {
                    problems.add(new FieldProblem(refused.field(), refused.messageKey(), refused.arguments()));
                }
            }
        }
        return new FormCheck(List.copyOf(problems), steps);
    }

    @Override
    @RolesAllowed({Roles.AGENCY_ADMIN, Roles.SUPERVISOR})
    public void reindex() {
        load();
    }

    private void load() {
        snapshot.replace(catalogue.services(), catalogue.lifeEvents());
    }

    private CatalogueSnapshot.Views views() {
        CatalogueSnapshot.Views views = snapshot.views();
        if (views == null) {
            load();
            views = snapshot.views();
        }
        return views;
    }
}
