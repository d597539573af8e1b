package org.citizenshop.agencysim.common;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a task's flat fields with the checks of {@code identifiers.md}; each method refuses with a code and an English
 * reason naming the key. Keys nobody asks for are ignored, so that the shop may send more than an agency needs.
 */
public final class Fields {

    static final int MAX_TEXT = 1000;
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final int PORTUGUESE_IBAN_LENGTH = 25;

    private final Map<String, String> values;

    public Fields(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The stripped value, when given and not blank. */
    public Optional<String> optional(String key) throws Rejected {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        if (text.length() > MAX_TEXT) {
            throw new Rejected(Rejected.INVALID_REQUEST, key + " is longer than " + MAX_TEXT + " characters.");
        }
        return Optional.of(text);
    }

    public String text(String key) throws Rejected {
        return optional(key).orElseThrow(() -> new Rejected(Rejected.INVALID_REQUEST, key + " is required."));
    }

    public String civilId(String key) throws Rejected {
        String digits = text(key).replace(" ", "");
        if (!Identifiers.isCivilId(digits)) {
            throw new Rejected(Rejected.INVALID_CIVIL_ID, key + " must be a civil ID number of 8 digits.");
        }
        return digits;
    }

    /** A civil ID number when the key is given, else empty. */
    public Optional<String> optionalCivilId(String key) throws Rejected {
        return optional(key).isPresent() ? Optional.of(civilId(key)) : Optional.empty();
    }

    /** A valid NIF of any holder. */
    public String nif(String key) throws Rejected {
        String digits = text(key).replace(" ", "");
        if (!digits.matches("[0-9]{9}")) {
            throw new Rejected(Rejected.INVALID_NIF, key + " must be a NIF of 9 digits.");
        }
        if (!Identifiers.isNif(digits)) {
            throw new Rejected(
                    Rejected.INVALID_NIF,
                    key + " is not a valid NIF: no holder kind or its check digit does not match.");
        }
        return digits;
    }

    /** A valid NIF of a natural person (prefix 1, 2, 3 or 45). */
    public String personalNif(String key) throws Rejected {
        String nif = nif(key);
        if (Identifiers.INDIVIDUAL_NIF_PREFIXES.stream().noneMatch(nif::startsWith)) {
            throw new Rejected(
                    Rejected.INVALID_NIF,
                    key + " must be a person's NIF, starting with 1, 2, 3 or 45, not " + nif + ".");
        }
        return nif;
    }

    /** A valid NIF of a company, a NIPC (prefix 5). */
    public String companyNif(String key) throws Rejected {
        String nif = nif(key);
        if (!nif.startsWith("5")) {
            throw new Rejected(
                    Rejected.INVALID_NIF,
                    key + " must be a company's tax number (NIPC), starting with 5, not " + nif + ".");
        }
        return nif;
    }

    /** A valid NISS whose first digit is {@code kind}: 1 a person, 2 a collective body. */
    public String niss(String key, char kind) throws Rejected {
        String digits = text(key).replace(" ", "");
        if (!Identifiers.isNiss(digits)) {
            throw new Rejected(
                    Rejected.INVALID_NISS,
                    key + " is not a valid NISS: 11 digits, starting 1 or 2, with its check digit.");
        }
        if (digits.charAt(0) != kind) {
            throw new Rejected(
                    Rejected.INVALID_NISS,
                    key + " must be " + (kind == '1' ? "a person's" : "a collective body's") + " NISS, starting with "
                            + kind + ".");
        }
        return digits;
    }

    public String snsNumber(String key) throws Rejected {
        String digits = text(key).replace(" ", "");
        if (!Identifiers.isSnsNumber(digits)) {
            throw new Rejected(Rejected.INVALID_SNS_NUMBER, key + " must be an SNS user number of 9 digits.");
        }
        return digits;
    }

    /** An ISO date, {@code 2026-11-20}. */
    public LocalDate date(String key) throws Rejected {
        String text = text(key);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            throw new Rejected(Rejected.INVALID_REQUEST, key + " must be a date written yyyy-MM-dd, not " + text + ".");
        }
    }

    /** A date that is not after {@code today}. */
    public LocalDate pastDate(String key, LocalDate today) throws Rejected {
        LocalDate date = date(key);
        if (date.isAfter(today)) {
            throw new Rejected(Rejected.INVALID_REQUEST, key + " is in the future: " + date + ".");
        }
        return date;
    }

    /** An ISO time of day, {@code 08:45}. */
    public LocalTime time(String key) throws Rejected {
        String text = text(key);
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException notATime) {
            throw new Rejected(Rejected.INVALID_REQUEST, key + " must be a time written HH:mm, not " + text + ".");
        }
    }

    /** One line of text containing a postal code {@code NNNN-NNN}. */
    public Address address(String key) throws Rejected {
        String text = text(key);
        String postalCode = Identifiers.postalCodeIn(text);
        if (postalCode == null) {
            throw new Rejected(
                    Rejected.INVALID_ADDRESS,
                    key + " must contain a postal code NNNN-NNN whose first digit is 1 to 9, e.g. 1000-001 Lisboa.");
        }
        return new Address(text, postalCode);
    }

    public String choice(String key, List<String> choices) throws Rejected {
        String text = text(key);
        if (!choices.contains(text)) {
            throw new Rejected(Rejected.INVALID_REQUEST, key + " must be one of " + String.join(", ", choices) + ".");
        }
        return text;
    }

    /** A positive amount; a decimal comma is read as a point. */
    public BigDecimal amount(String key) throws Rejected {
        String text = text(key);
        BigDecimal amount;
        try {
            amount = new BigDecimal(text.replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            throw new Rejected(Rejected.INVALID_REQUEST, key + " must be a number, not " + text + ".");
        }
        if (amount.signum() <= 0) {
            throw new Rejected(Rejected.INVALID_REQUEST, key + " must be more than zero.");
        }
        return amount;
    }

    /** An IBAN by ISO 13616 (mod 97); a Portuguese one has 25 characters. Spaces are dropped. */
    public String iban(String key) throws Rejected {
        String iban = text(key).replace(" ", "").toUpperCase(Locale.ROOT);
        boolean valid = IBAN.matcher(iban).matches()
                && (!iban.startsWith("PT") || iban.length() == PORTUGUESE_IBAN_LENGTH)
                && mod97(iban) == 1;
        if (!valid) {
            throw new Rejected(Rejected.INVALID_IBAN, key + " is not a valid IBAN.");
        }
        return iban;
    }

    private static int mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.digit(c, 36));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
    }
}
