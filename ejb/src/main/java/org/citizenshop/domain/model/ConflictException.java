package org.citizenshop.domain.model;

/** The request is valid but clashes with the current state (a desk in use, a ticket already called). */
public class ConflictException extends DomainException {

    public ConflictException(String messageKey, String englishMessage, Object... arguments) {
        super(messageKey, englishMessage, arguments);
    }
}
