package org.citizenshop.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages say everything, and every message key the core uses has its translation. */
class BundlesTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                BundlesTest.class.getResourceAsStream("/org/citizenshop/web/i18n/messages" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void portugueseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(bundle("_en").keySet())
                .containsExactlyInAnyOrderElementsOf(bundle("_pt").keySet());
    }

    @Test
    void everyMessageKeyOfTheDomainIsTranslated() throws IOException {
        Set<String> used = messageKeysUsedIn(Path.of("../ejb/src/main/java"));
        used.addAll(messageKeysUsedIn(Path.of("src/main/java")));

        assertThat(used).isNotEmpty().contains("desk.occupied", "validation.citizenCard.checkDigit");
        assertThat(bundle("_pt").keySet()).containsAll(used);
        assertThat(bundle("_en").keySet()).containsAll(used);
    }

    @Test
    void everyKeyAPageNamesIsTranslated() throws IOException {
        Pattern literal = Pattern.compile("msg\\['([a-zA-Z.]+)'\\]");
        Set<String> used = new HashSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(page));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }

        assertThat(used).contains("kiosk.take", "ticket.alert.save");
        assertThat(bundle("_pt").keySet()).containsAll(used);
        assertThat(bundle("_en").keySet()).containsAll(used);
    }

    /** String literals passed as the first text argument of a DomainException subclass or to Texts/Feedback. */
    private static Set<String> messageKeysUsedIn(Path sources) throws IOException {
        Pattern key = Pattern.compile(
                "(?:Exception\\(\\s*(?:(?:\"[a-zA-Z]+\"|[A-Z_]+),\\s*)?|text\\([^,]+,\\s*|info\\(|messageKey = )\"([a-z]+\\.[a-zA-Z.]*[a-zA-Z])\"");
        Set<String> keys = new HashSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = key.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void textsFormatArgumentsInTheAskedLanguage() {
        assertThat(Texts.text(Locale.ENGLISH, "desk.called", "A001", 3)).isEqualTo("Ticket A001 called to desk 3.");
        assertThat(Texts.text(Locale.forLanguageTag("pt-PT"), "desk.called", "A001", 3))
                .isEqualTo("Senha A001 chamada para o balcão 3.");
        assertThat(Texts.text(Locale.GERMAN, "kiosk.ahead", 0)).isEqualTo("É o próximo a ser chamado");
        assertThat(Texts.text(Locale.ENGLISH, "kiosk.ahead", 4)).isEqualTo("4 people before you");
    }
}
