package org.citizenshop.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.citizenshop.application.ConcurrentChange;
import org.citizenshop.domain.model.DomainException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.web.i18n.Texts;

/**
 * Messages for the user, translated: a domain refusal next to its field or at the top of the page,
 * an unexpected failure as a reference number (logged with the stack trace), never a stack trace.
 */
@RequestScoped
public class Feedback {

    private static final Logger LOG = Logger.getLogger(Feedback.class.getName());

    @Inject
    LocaleSelection language;

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, Texts.text(language.getLocale(), key, arguments));
    }

    /** Shows why the domain said no; {@code fieldIds} maps an input field name to its component's client id. */
    public void refused(DomainException refusal, java.util.Map<String, String> fieldIds) {
        String text = Texts.of(refusal, language.getLocale());
        String clientId = refusal instanceof InvalidInputException invalid ? fieldIds.get(invalid.field()) : null;
        add(clientId, FacesMessage.SEVERITY_ERROR, text);
        FacesContext.getCurrentInstance().validationFailed();
    }

    public void refused(DomainException refusal) {
        refused(refusal, java.util.Map.of());
    }

    /** Something we did not expect: the user gets a reference to quote, the log gets the details. */
    public void failed(RuntimeException failure) {
        if (ConcurrentChange.causes(failure)) {
            LOG.info(() -> "Concurrent change on a screen, rolled back: " + failure);
            add(null, FacesMessage.SEVERITY_WARN, Texts.text(language.getLocale(), "problem.concurrentChange.detail"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, failure, () -> "Unexpected error on a screen, reference " + reference);
        add(null, FacesMessage.SEVERITY_ERROR, Texts.text(language.getLocale(), "error.generic", reference));
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
