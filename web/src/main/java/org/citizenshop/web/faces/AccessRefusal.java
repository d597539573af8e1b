package org.citizenshop.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.web.problem.AccessProblems;

/**
 * The page a signed-in user sees when his role does not open a page: the refusal goes on the audit
 * trail (who, which page), once per request.
 */
@Named
@RequestScoped
public class AccessRefusal {

    @Inject
    AuditTrail audit;

    private boolean recorded;

    public String getPage() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        Object uri = context.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
        String page = uri == null ? context.getRequestServletPath() : uri.toString();
        if (!recorded) {
            recorded = true;
            String who = context.getUserPrincipal() == null
                    ? "anonymous"
                    : context.getUserPrincipal().getName();
            audit.record(who, AccessProblems.REFUSED, "GET " + page, "403 role");
        }
        return page;
    }
}
