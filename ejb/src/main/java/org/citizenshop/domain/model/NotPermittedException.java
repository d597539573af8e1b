package org.citizenshop.domain.model;

/** The caller is who he says, but this is not his to do (another agency's service). */
public class NotPermittedException extends DomainException {

    public NotPermittedException(String messageKey, String englishMessage, Object... arguments) {
        super(messageKey, englishMessage, arguments);
    }
}
