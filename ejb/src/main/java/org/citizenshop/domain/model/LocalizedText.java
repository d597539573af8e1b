package org.citizenshop.domain.model;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/** A short text kept in both languages of the product: Portuguese, the default, and English. */
public record LocalizedText(String pt, String en) implements Serializable {

    public LocalizedText {
        Objects.requireNonNull(pt, "Portuguese text");
        Objects.requireNonNull(en, "English text");
    }

    /** The text in the given language; Portuguese unless English is asked for. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : pt;
    }
}
