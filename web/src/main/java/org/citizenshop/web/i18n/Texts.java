package org.citizenshop.web.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.citizenshop.domain.model.DomainException;
import org.citizenshop.domain.model.LocalizedText;

/**
 * Looks up translated texts in the product's resource bundle (Portuguese by default, English),
 * for Faces pages and REST problem details alike.
 */
public final class Texts {

    public static final String BUNDLE = "org.citizenshop.web.i18n.messages";
    public static final Locale PORTUGUESE = Locale.forLanguageTag("pt");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(PORTUGUESE, ENGLISH);

    private static final Logger LOG = Logger.getLogger(Texts.class.getName());

    private Texts() {}

    /** The supported language closest to the one asked for; Portuguese when nothing matches. */
    public static Locale supported(Locale requested) {
        if (requested != null && ENGLISH.getLanguage().equals(requested.getLanguage())) {
            return ENGLISH;
        }
        return PORTUGUESE;
    }

    /** The text of {@code key}, or {@code fallback} when the bundle has no such key (names made up by users). */
    public static String textOr(Locale locale, String key, String fallback) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), Texts.class.getClassLoader());
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), Texts.class.getClassLoader());
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(arguments);
    }

    /**
     * The user's reading of a domain rule, names in the user's language; the English message if the
     * bundle lacks the key (logged).
     */
    public static String of(DomainException exception, Locale locale) {
        try {
            Object[] arguments = exception.arguments().stream()
                    .map(argument -> argument instanceof LocalizedText localized ? localized.in(locale) : argument)
                    .toArray();
            return text(locale, exception.messageKey(), arguments);
        } catch (MissingResourceException e) {
            LOG.warning(() -> "No translation for message key " + exception.messageKey());
            return exception.getMessage();
        }
    }
}
