package org.citizenshop.application.internal;

import java.util.Map;
import org.citizenshop.application.ConsentView;
import org.citizenshop.domain.model.LocalizedText;
import org.citizenshop.domain.model.catalogue.CatalogueRepository;
import org.citizenshop.domain.model.catalogue.LifeEvent;
import org.citizenshop.domain.model.privacy.Consent;

/** A consent as the views show it. */
final class ConsentViews {

    private ConsentViews() {}

    static ConsentView of(Consent consent, CatalogueRepository catalogue, java.time.Instant now) {
        LocalizedText eventName = consent.lifeEventCode()
                .flatMap(catalogue::findLifeEvent)
                .map(LifeEvent::name)
                .orElse(null);
        return new ConsentView(
                consent.publicId(),
                consent.subjectCivilId(),
                consent.lifeEventCode().orElse(null),
                eventName,
                consent.statusAt(now).name(),
                consent.channel().name(),
                consent.deskCode().orElse(null),
                consent.requestedBy(),
                consent.requestedAt(),
                consent.answeredAt().orElse(null),
                consent.withdrawnAt().orElse(null),
                consent.proxy().basis().name(),
                consent.proxy().onBehalfOf(),
                consent.proxy().document(),
                items(consent.items()),
                consent.prefilled().values());
    }

    /** For the screen facing the counter: the civil ID number shown by its last three digits only. */
    static ConsentView masked(ConsentView view) {
        String civilId = view.civilId();
        String shown = "•••••" + civilId.substring(Math.max(0, civilId.length() - 3));
        return new ConsentView(
                view.id(),
                shown,
                view.lifeEvent(),
                view.lifeEventName(),
                view.status(),
                view.channel(),
                view.desk(),
                view.requestedBy(),
                view.requestedAt(),
                view.answeredAt(),
                view.withdrawnAt(),
                view.legalBasis(),
                view.onBehalfOf(),
                view.basisDocument(),
                view.items(),
                Map.of());
    }

    static java.util.List<ConsentView.Item> items(org.citizenshop.domain.model.privacy.ConsentItems items) {
        return items.items().stream()
                .map(item -> new ConsentView.Item(
                        item.kind().name(),
                        item.agency(),
                        item.agencyName(),
                        item.purpose(),
                        item.data(),
                        item.service(),
                        item.optional()))
                .toList();
    }
}
