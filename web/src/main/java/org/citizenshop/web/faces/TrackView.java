package org.citizenshop.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.citizenshop.application.CaseView;
import org.citizenshop.application.Cases;
import org.citizenshop.domain.model.DomainException;

/** Anyone with a receipt follows the case: reference and tracking code, states and clocks, nothing personal. */
@Named
@ViewScoped
public class TrackView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Cases cases;

    @Inject
    Feedback feedback;

    private String reference;
    private String code;
    private CaseView found;

    /** Opens the case straight away when the receipt's QR code gave both values. */
    public void load() {
        if (reference != null && !reference.isBlank() && code != null && !code.isBlank()) {
            show();
        }
    }

    public String show() {
        try {
            found = cases.track(reference, code);
        } catch (DomainException refused) {
            found = null;
            feedback.refused(refused);
        }
        return null;
    }

    public void refresh() {
        if (found != null) {
            show();
        }
    }

    public boolean isInProgress() {
        return found != null && "IN_PROGRESS".equals(found.progress());
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CaseView getFound() {
        return found;
    }
}
