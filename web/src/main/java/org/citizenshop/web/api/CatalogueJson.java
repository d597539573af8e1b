package org.citizenshop.web.api;

import java.util.List;
import java.util.Locale;
import org.citizenshop.application.CatalogueServiceView;
import org.citizenshop.application.FinderHit;
import org.citizenshop.application.LifeEventView;
import org.citizenshop.domain.model.LocalizedText;

/** The catalogue as the public API shows it, in one language. */
public final class CatalogueJson {

    private CatalogueJson() {}

    /** A service: channels are DESK, KIOSK or BOTH; the fee is in euro cents. */
    public record Service(
            String code,
            String name,
            String agency,
            String agencyName,
            String channels,
            int feeCents,
            List<String> whatToBring,
            int averageMinutes) {

        static Service of(CatalogueServiceView view, Locale locale) {
            return new Service(
                    view.code(),
                    view.name().in(locale),
                    view.agency(),
                    view.agencyName().in(locale),
                    view.channels(),
                    view.feeCents(),
                    texts(view.whatToBring(), locale),
                    view.averageMinutes());
        }
    }

    /** A life event and its steps (optional ones are the citizen's choice). */
    public record LifeEvent(
            String code,
            String name,
            String summary,
            String channels,
            int feeCents,
            List<String> whatToBring,
            List<Step> steps) {

        public record Step(String service, String name, String agency, boolean optional) {}

        static LifeEvent of(LifeEventView view, Locale locale) {
            return new LifeEvent(
                    view.code(),
                    view.name().in(locale),
                    view.summary().in(locale),
                    view.channels(),
                    view.feeCents(),
                    texts(view.whatToBring(), locale),
                    view.steps().stream()
                            .map(step ->
                                    new Step(step.service(), step.name().in(locale), step.agency(), step.optional()))
                            .toList());
        }
    }

    /**
     * One answer of the finder: {@code kind} is SERVICE or LIFE_EVENT; {@code availableHere} is
     * present when a shop was named.
     */
    public record Hit(
            String kind,
            String code,
            String name,
            String summary,
            String agency,
            String channels,
            int feeCents,
            List<String> whatToBring,
            List<String> steps,
            Boolean availableHere) {

        static Hit of(FinderHit hit, Locale locale) {
            return new Hit(
                    hit.kind(),
                    hit.code(),
                    hit.name().in(locale),
                    hit.summary().in(locale),
                    hit.agency(),
                    hit.channels(),
                    hit.feeCents(),
                    texts(hit.whatToBring(), locale),
                    texts(hit.steps(), locale),
                    hit.availableHere());
        }
    }

    private static List<String> texts(List<LocalizedText> texts, Locale locale) {
        return texts.stream().map(text -> text.in(locale)).toList();
    }
}
