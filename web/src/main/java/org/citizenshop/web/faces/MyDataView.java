package org.citizenshop.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.citizenshop.application.ConsentView;
import org.citizenshop.application.Consents;
import org.citizenshop.application.DataAccessView;
import org.citizenshop.application.DataTracker;
import org.citizenshop.domain.model.DomainException;
import org.citizenshop.web.i18n.Texts;

/**
 * The logged-in citizen's "who accessed my data": every entry of the data tracker about him in plain
 * words, and his consents, each withdrawable here as easily as it was given.
 */
@Named
@ViewScoped
public class MyDataView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DataTracker tracker;

    @Inject
    Consents consents;

    @Inject
    Feedback feedback;

    @Inject
    LocaleSelection language;

    private List<DataAccessView> entries = List.of();
    private List<ConsentView> given = List.of();

    public void load() {
        try {
            entries = tracker.mine();
            given = consents.mine();
        } catch (DomainException refused) {
            feedback.refused(refused);
        }
    }

    public String withdraw(String id) {
        try {
            consents.withdraw(id);
            feedback.info("myData.withdrawn");
            load();
        } catch (DomainException refused) {
            feedback.refused(refused);
        }
        return null;
    }

    /** One entry as a sentence: who, in which role, did what with which data, and why. */
    public String describe(DataAccessView entry) {
        Locale locale = language.getLocale();
        String data = entry.data().stream()
                .map(kind -> Texts.text(locale, "dataLog.data." + kind))
                .collect(Collectors.joining(", "));
        String who =
                switch (entry.actorRole()) {
                    case "AGENCY" -> Texts.text(locale, "dataLog.agency", entry.actor());
                    case "SYSTEM" -> Texts.text(locale, "dataLog.system");
                    case "CITIZEN" -> Texts.text(locale, "dataLog.you");
                    default ->
                        Texts.text(
                                locale,
                                "dataLog.person",
                                entry.actor(),
                                Texts.text(locale, "dataLog.role." + entry.actorRole()));
                };
        return Texts.text(locale, "dataLog.action." + entry.action(), who, data);
    }

    public String purpose(DataAccessView entry) {
        Locale locale = language.getLocale();
        return Texts.text(
                locale,
                "dataLog.purpose." + entry.purpose(),
                entry.caseReference() == null ? "" : entry.caseReference());
    }

    public List<DataAccessView> getEntries() {
        return entries;
    }

    public List<ConsentView> getGiven() {
        return given;
    }
}
