package org.citizenshop.domain.model.citizen;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.citizenshop.domain.model.InvalidInputException;

/**
 * A registered name: at most 2 given names and 4 surnames (identifiers.md), written in letters of any
 * script, spaces, apostrophes and hyphens. A hyphenated compound counts as one word, and the linking
 * words de, da, do, das, dos and e do not count, as at the civil registry. The registry's limit of 6
 * words in all follows from 2 + 4, so it needs no check of its own.
 */
public record PersonName(String givenNames, String surnames) {

    private static final String GIVEN_NAMES = "givenNames";
    private static final String SURNAMES = "surnames";
    private static final int MAX_GIVEN_NAMES = 2;
    private static final int MAX_SURNAMES = 4;
    private static final Set<String> LINKING_WORDS = Set.of("de", "da", "do", "das", "dos", "e");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    public PersonName {
        givenNames = tidy(givenNames);
        surnames = tidy(surnames);
        if (givenNames.isEmpty()) {
            throw new InvalidInputException(
                    GIVEN_NAMES, "validation.name.givenNamesMissing", "At least one given name is required");
        }
        String forbidden = forbiddenCharacterIn(givenNames);
        if (forbidden != null) {
            throw new InvalidInputException(
                    GIVEN_NAMES, "validation.name.character", "A name cannot contain " + forbidden, forbidden);
        }
        int given = countedWords(givenNames);
        if (given > MAX_GIVEN_NAMES) {
            throw new InvalidInputException(
                    GIVEN_NAMES,
                    "validation.name.tooManyGivenNames",
                    "At most " + MAX_GIVEN_NAMES + " given names, not " + given,
                    MAX_GIVEN_NAMES,
                    given);
        }
        if (surnames.isEmpty()) {
            throw new InvalidInputException(
                    SURNAMES, "validation.name.surnamesMissing", "At least one surname is required");
        }
        forbidden = forbiddenCharacterIn(surnames);
        if (forbidden != null) {
            throw new InvalidInputException(
                    SURNAMES, "validation.name.character", "A name cannot contain " + forbidden, forbidden);
        }
        int surnameCount = countedWords(surnames);
        if (surnameCount > MAX_SURNAMES) {
            throw new InvalidInputException(
                    SURNAMES,
                    "validation.name.tooManySurnames",
                    "At most " + MAX_SURNAMES + " surnames, not " + surnameCount,
                    MAX_SURNAMES,
                    surnameCount);
        }
    }

    public static PersonName of(String givenNames, String surnames) {
        return new PersonName(givenNames, surnames);
    }

    /** Composed (NFC) so that a letter and its accent are one character however they were typed. */
    private static String tidy(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACES.matcher(composed).replaceAll(" ").strip();
    }

    /**
     * The first character that is not a letter, space, apostrophe (' or ’) or hyphen, or null. Marks
     * that follow a letter belong to it: several scripts (Devanagari, Arabic vowels) cannot be written
     * without them.
     */
    private static String forbiddenCharacterIn(String name) {
        int previous = ' ';
        int i = 0;
        while (i < name.length()) {
            int c = name.codePointAt(i);
            boolean allowed = Character.isLetter(c)
                    || c == ' '
                    || c == '-'
                    || c == '\''
                    || c == '’'
                    || (isMark(c) && (Character.isLetter(previous) || isMark(previous)));
            if (!allowed) {
                return shown(c);
            }
            previous = c;
            i += Character.charCount(c);
        }
        return null;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Invisible or combining characters are named by code point, so that the message shows them. */
    private static String shown(int c) {
        int type = Character.getType(c);
        if (Character.isISOControl(c) || type == Character.FORMAT || isMark(c) || type == Character.UNASSIGNED) {
            return String.format(Locale.ROOT, "U+%04X", c);
        }
        return Character.toString(c);
    }

    private static int countedWords(String names) {
        return (int) Arrays.stream(names.split(" "))
                .filter(word -> !LINKING_WORDS.contains(word.toLowerCase(Locale.ROOT)))
                .count();
    }

    /** Given names then surnames, as on a citizen card. */
    public String fullName() {
        return givenNames + ' ' + surnames;
    }

    @Override
    public String toString() {
        return fullName();
    }
}
