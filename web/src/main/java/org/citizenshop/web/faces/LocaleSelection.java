package org.citizenshop.web.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.citizenshop.web.i18n.Texts;

/** The language the user chose for this session; Portuguese until they choose. */
@Named("lang")
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Texts.PORTUGUESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isEnglish() {
        return Texts.ENGLISH.equals(locale);
    }

    /** Switches language and stays on the page. */
    public void use(String language) {
        locale = Texts.supported(Locale.forLanguageTag(language));
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            faces.getViewRoot().setLocale(locale);
        }
    }
}
