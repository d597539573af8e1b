package org.citizenshop.domain.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A short text kept in both languages of the product: Portuguese, the default, and English. */
public record LocalizedText(String pt, String en) implements Serializable {

    public LocalizedText {
        Objects.requireNonNull(pt, "Portuguese text");
        Objects.requireNonNull(en, "English text");
    }

    /**
     * Lists kept as '|'-separated texts, one per language, paired item by item; an item missing
     * in English falls back to the Portuguese one.
     */
    public static List<LocalizedText> items(String pt, String en) {
        List<String> inPt = split(pt);
        List<String> inEn = split(en);
        List<LocalizedText> items = new ArrayList<>();
        for (int i = 0; i < inPt.size(); i++) {
            items.add(new LocalizedText(inPt.get(i), i < inEn.size() ? inEn.get(i) : inPt.get(i)));
        }
        return List.copyOf(items);
    }

    private static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\|"))
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
    }

    /** The text in the given language; Portuguese unless English is asked for. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : pt;
    }
}
