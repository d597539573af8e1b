package org.citizenshop.agencysim.irn;

import java.util.regex.Pattern;
import org.citizenshop.agencysim.common.Rejected;

/**
 * The civil registry's rule for a name registered at birth ({@code identifiers.md}): at most 2 given names, at most 4
 * surnames and at most 6 words in all; letters of any script, with apostrophes and hyphens inside words.
 */
final class RegisteredNames {

    static final int MAX_GIVEN_NAMES = 2;
    static final int MAX_SURNAMES = 4;
    static final int MAX_WORDS = 6;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:['’-]\\p{L}[\\p{L}\\p{M}]*)*");

    private RegisteredNames() {}

    static void check(String givenNames, String surnames) throws Rejected {
        int given = words("child.givenNames", givenNames);
        int family = words("child.surnames", surnames);
        if (given > MAX_GIVEN_NAMES) {
            throw invalid("A child has at most " + MAX_GIVEN_NAMES + " given names, not " + given + ".");
        }
        if (family > MAX_SURNAMES) {
            throw invalid("A child has at most " + MAX_SURNAMES + " surnames, not " + family + ".");
        }
        if (given + family > MAX_WORDS) {
            throw invalid("A registered name has at most " + MAX_WORDS + " words, not " + (given + family) + ".");
        }
    }

    private static int words(String key, String names) throws Rejected {
        String[] words = names.strip().split("\\s+");
        for (String word : words) {
            if (!WORD.matcher(word).matches()) {
                throw invalid(
                        key + " may hold only letters, spaces, apostrophes and hyphens: " + word + " is refused.");
            }
        }
        return words.length;
    }

    private static Rejected invalid(String reason) {
        return new Rejected(RejectionCode.INVALID_NAME.name(), reason);
    }
}
