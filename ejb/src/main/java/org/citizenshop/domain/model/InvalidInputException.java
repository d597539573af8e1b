package org.citizenshop.domain.model;

/** Input that no rule could accept: a malformed identifier, an unknown code, a value out of range. */
public class InvalidInputException extends DomainException {

    private final String field;

    public InvalidInputException(String field, String messageKey, String englishMessage, Object... arguments) {
        super(messageKey, englishMessage, arguments);
        this.field = field;
    }

    /** The input field the message belongs to, so that forms can show it next to the field. */
    public String field() {
        return field;
    }
}
