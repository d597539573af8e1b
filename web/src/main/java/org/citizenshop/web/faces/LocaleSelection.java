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

    /** A day written out in the reader's language: "sexta-feira, 27 de novembro de 2026". */
    public String day(java.time.LocalDate date) {
        return date == null
                ? ""
                : java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.FULL)
                        .withLocale(getLocale())
                        .format(date);
    }

    /** A time of day as shops write it: 09:30. */
    public String time(java.time.LocalTime time) {
        return time == null
                ? ""
                : java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(time);
    }

    /** An amount in euro from cents, as the reader's language writes it: "18,00 €". */
    public String money(int cents) {
        java.text.NumberFormat format =
                java.text.NumberFormat.getCurrencyInstance(isEnglish() ? Locale.UK : Locale.forLanguageTag("pt-PT"));
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        return format.format(java.math.BigDecimal.valueOf(cents, 2));
    }

    /** A moment in Lisbon time, short: "27/11/2026, 09:30". */
    public String instant(java.time.Instant instant) {
        return instant == null
                ? ""
                : java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.SHORT)
                        .withLocale(getLocale())
                        .withZone(java.time.ZoneId.of("Europe/Lisbon"))
                        .format(instant);
    }

    /** The labels of a step's fields in the reader's language, comma-separated (a correction's fields). */
    public String labels(java.util.List<org.citizenshop.application.CaseView.FieldName> fields) {
        return fields.stream()
                .map(field -> field.label().in(getLocale()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** What can be done about an agency's rejection with this code, in the reader's language. */
    public String whatToDo(String rejectionCode) {
        return Texts.text(getLocale(), org.citizenshop.web.i18n.RejectionAdvice.keyFor(rejectionCode));
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
