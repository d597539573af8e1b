package org.citizenshop.domain.model.cases;

import java.util.Locale;
import java.util.regex.Pattern;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.citizen.CitizenCardNumber;
import org.citizenshop.domain.model.citizen.CivilIdNumber;

/**
 * The identity document the applicant showed at the desk: its kind and number. A citizen card's
 * number has its check digits and must be the applicant's (its first eight digits are his civil ID
 * number); a passport or a residence permit is letters and digits.
 */
public record PresentedDocument(Kind kind, String number) {

    /** The documents a desk accepts to identify a person. */
    public enum Kind {
        CITIZEN_CARD,
        PASSPORT,
        RESIDENCE_PERMIT
    }

    private static final Pattern OTHER = Pattern.compile("[A-Z0-9]{6,12}");

    /**
     * Checks what the clerk typed for the applicant; every problem names its field
     * ({@code document.type}, {@code document.number}).
     */
    public static PresentedDocument of(String kind, String number, CivilIdNumber applicant) {
        Kind type;
        try {
            type = Kind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException(
                    "document.type", "document.typeRequired", "Say which document the citizen showed");
        }
        String typed = number == null ? "" : number.replace(" ", "").toUpperCase(Locale.ROOT);
        if (type == Kind.CITIZEN_CARD) {
            CitizenCardNumber card;
            try {
                card = CitizenCardNumber.of(typed);
            } catch (InvalidInputException invalid) {
                throw new InvalidInputException(
                        "document.number",
                        invalid.messageKey(),
                        invalid.getMessage(),
                        invalid.arguments().toArray());
            }
            if (applicant != null && !card.civilIdNumber().equals(applicant)) {
                throw new InvalidInputException(
                        "document.number",
                        "validation.citizenCard.otherPerson",
                        "The card number does not belong to the applicant's civil ID number");
            }
            return new PresentedDocument(type, card.value());
        }
        if (!OTHER.matcher(typed).matches()) {
            throw new InvalidInputException(
                    "document.number", "document.numberFormat", "A document number is 6 to 12 letters and digits");
        }
        return new PresentedDocument(type, typed);
    }

    /** The number as shown on screens and receipts: its last three characters only. */
    public String masked() {
        return "•••" + number.substring(Math.max(0, number.length() - 3));
    }
}
