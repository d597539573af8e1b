package org.citizenshop.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.citizenshop.application.DataAccessView;
import org.citizenshop.application.DataTracker;
import org.citizenshop.domain.model.DomainException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.web.i18n.Texts;

/** The supervisor searches the data tracker: by whose data and/or who accessed it, over days. */
@Named
@ViewScoped
public class DataLogSearchView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DataTracker tracker;

    @Inject
    Feedback feedback;

    @Inject
    LocaleSelection language;

    private String civilId;
    private String actor;
    private LocalDate from;
    private LocalDate to;
    private String error;
    private List<DataAccessView> found;

    public String search() {
        error = null;
        try {
            found = tracker.search(civilId, actor, from, to);
        } catch (InvalidInputException invalid) {
            error = Texts.of(invalid, language.getLocale());
            feedback.refused(invalid);
        } catch (DomainException refused) {
            feedback.refused(refused);
        }
        return null;
    }

    public String getCivilId() {
        return civilId;
    }

    public void setCivilId(String civilId) {
        this.civilId = civilId;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getError() {
        return error;
    }

    public List<DataAccessView> getFound() {
        return found;
    }
}
