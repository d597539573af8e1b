package org.citizenshop.domain.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A rule of the domain said no. The message key names a translated message (resource bundles of
 * the web module); the arguments fill its placeholders, so the user reads why in his language.
 * The EJB container treats it as an application exception that rolls back (META-INF/ejb-jar.xml).
 */
public abstract class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    protected DomainException(String messageKey, String englishMessage, Object... arguments) {
        super(englishMessage);
        this.messageKey = messageKey;
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
