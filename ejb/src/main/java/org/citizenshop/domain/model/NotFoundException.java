package org.citizenshop.domain.model;

/** Something asked for by its business identifier does not exist. */
public class NotFoundException extends DomainException {

    public NotFoundException(String messageKey, String englishMessage, Object... arguments) {
        super(messageKey, englishMessage, arguments);
    }
}
