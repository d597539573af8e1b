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

    /**
     * A service: channels are DESK, KIOSK or BOTH; the fee is in euro cents; the citizen is at least
     * AUTHENTICATED or has a PRESENTED_DOCUMENT; the agency answers within slaAmount slaUnit
     * (IMMEDIATE, HOURS, WORKING_DAYS, CALENDAR_DAYS).
     */
    public record Service(
            String code,
            String name,
            String agency,
            String agencyName,
            String channels,
            int feeCents,
            List<String> whatToBring,
            int averageMinutes,
            String minimumIdentification,
            int slaAmount,
            String slaUnit,
            String legalBasis) {

        static Service of(CatalogueServiceView view, Locale locale) {
            return new Service(
                    view.code(),
                    view.name().in(locale),
                    view.agency(),
                    view.agencyName().in(locale),
                    view.channels(),
                    view.feeCents(),
                    texts(view.whatToBring(), locale),
                    view.averageMinutes(),
                    view.minimumIdentification(),
                    view.slaAmount(),
                    view.slaUnit(),
                    view.legalBasis());
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
            List<Step> steps,
            List<FormGroup> form,
            int minimumOptional) {

        /** A step and the steps it waits for. */
        public record Step(
                String service,
                String name,
                String agency,
                boolean optional,
                List<String> dependsOn,
                String condition) {}

        /** A group of the generated form, its fields each asked once. */
        public record FormGroup(String group, List<FormField> fields) {}

        /**
         * A field: its type (TEXT, NUMBER, DATE, TIME, CHOICE, YES_NO, ADDRESS, IBAN, NIF, NISS,
         * CITIZEN_CARD, SNS_NUMBER), the agency whose registry can prefill it, the steps asking it,
         * and whether a value that registry filled can be changed only there ({@code prefillLocked}).
         */
        public record FormField(
                String key,
                String type,
                String label,
                boolean required,
                String prefillFrom,
                List<String> choices,
                List<String> askedBy,
                boolean prefillLocked) {}

        static LifeEvent of(LifeEventView view, Locale locale) {
            return new LifeEvent(
                    view.code(),
                    view.name().in(locale),
                    view.summary().in(locale),
                    view.channels(),
                    view.feeCents(),
                    texts(view.whatToBring(), locale),
                    view.steps().stream()
                            .map(step -> new Step(
                                    step.service(),
                                    step.name().in(locale),
                                    step.agency(),
                                    step.optional(),
                                    step.dependsOn(),
                                    step.condition()))
                            .toList(),
                    view.form().stream()
                            .map(group -> new FormGroup(
                                    group.group(),
                                    group.fields().stream()
                                            .map(field -> new FormField(
                                                    field.key(),
                                                    field.type(),
                                                    field.label().in(locale),
                                                    field.required(),
                                                    field.prefillFrom(),
                                                    field.choices(),
                                                    field.askedBy(),
                                                    field.prefillLocked()))
                                            .toList()))
                            .toList(),
                    view.minimumOptional());
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
