package org.citizenshop.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page's reference number: the failure that led there is logged under it, so the user
 * has something to quote and support can find the stack trace.
 */
@Named
@RequestScoped
public class ErrorReference {

    private static final Logger LOG = Logger.getLogger(ErrorReference.class.getName());

    private String value;

    public String getValue() {
        if (value == null) {
            value = UUID.randomUUID().toString().substring(0, 8);
            Object failure = FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getRequestMap()
                    .get(RequestDispatcher.ERROR_EXCEPTION);
            String reference = value;
            if (failure instanceof Throwable throwable) {
                LOG.log(Level.SEVERE, throwable, () -> "Error page shown, reference " + reference);
            } else {
                LOG.severe(() -> "Error page shown without an exception, reference " + reference);
            }
        }
        return value;
    }
}
