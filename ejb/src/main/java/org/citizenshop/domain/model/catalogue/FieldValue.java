package org.citizenshop.domain.model.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.citizen.CitizenCardNumber;
import org.citizenshop.domain.model.citizen.CivilIdNumber;
import org.citizenshop.domain.model.citizen.Nif;
import org.citizenshop.domain.model.citizen.Niss;
import org.citizenshop.domain.model.citizen.PostalCode;
import org.citizenshop.domain.model.citizen.SnsNumber;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/**
 * Checks a value typed into a form field by the field's type: the identifiers by the rules of
 * {@code identifiers.md} (their value types), an IBAN by ISO 13616 (iban4j), an address by its
 * postal code, dates and times in ISO form, a choice against its options. A refusal names the
 * field's key and says what is wrong, in the identifier's own words ("the check digit does not
 * match").
 */
public final class FieldValue {

    private static final Pattern POSTAL_CODE = Pattern.compile("\\b\\d{4}-\\d{3}\\b");
    private static final int MAX_TEXT = 1000;

    private FieldValue() {}

    /** Checks {@code value} for the field {@code key}; an empty value is refused only when required. */
    public static void check(String key, FieldType type, boolean required, List<String> choices, String value) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidInputException(key, "validation.required", key + " is required");
            }
            return;
        }
        String text = value.strip();
        try {
            switch (type) {
                case TEXT -> {
                    if (text.length() > MAX_TEXT) {
                        throw refused(key, "catalogue.tooLong", MAX_TEXT);
                    }
                }
                case NUMBER -> new BigDecimal(text.replace(',', '.'));
                case DATE -> LocalDate.parse(text);
                case TIME -> LocalTime.parse(text);
                case YES_NO -> {
                    if (!List.of("yes", "no", "true", "false", "sim", "não", "nao")
                            .contains(text.toLowerCase(Locale.ROOT))) {
                        throw refused(key, "validation.yesNo");
                    }
                }
                case CHOICE -> {
                    if (!choices.contains(text)) {
                        throw refused(key, "validation.choice", String.join(", ", choices));
                    }
                }
                case ADDRESS -> {
                    Matcher postalCode = POSTAL_CODE.matcher(text);
                    if (!postalCode.find()) {
                        throw refused(key, "validation.addressPostalCode");
                    }
                    PostalCode.of(postalCode.group());
                }
                case IBAN -> IbanUtil.validate(text.replace(" ", "").toUpperCase(Locale.ROOT));
                case NIF -> Nif.of(text);
                case NISS -> Niss.of(text);
                case CIVIL_ID -> CivilIdNumber.of(text);
                case CITIZEN_CARD -> CitizenCardNumber.of(text);
                case SNS_NUMBER -> SnsNumber.of(text);
            }
        } catch (NumberFormatException notANumber) {
            throw refused(key, "validation.number");
        } catch (DateTimeParseException notADate) {
            throw refused(key, type == FieldType.TIME ? "validation.time" : "validation.date");
        } catch (IbanFormatException | InvalidCheckDigitException | UnsupportedCountryException badIban) {
            throw refused(key, "validation.iban");
        } catch (InvalidInputException identifier) {
            if (identifier.field() != null && identifier.field().equals(key)) {
                throw identifier;
            }
            // The identifier's own message, next to the form's field.
            throw new InvalidInputException(
                    key,
                    identifier.messageKey(),
                    identifier.getMessage(),
                    identifier.arguments().toArray());
        }
    }

    private static InvalidInputException refused(String key, String messageKey, Object... arguments) {
        return new InvalidInputException(key, messageKey, key + ": " + messageKey, arguments);
    }
}
