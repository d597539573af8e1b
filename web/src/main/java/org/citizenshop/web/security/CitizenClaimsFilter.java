package org.citizenshop.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.citizenshop.application.CitizenLogin;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.citizen.CivilIdNumber;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * Reads the citizen's civil ID number from the {@code civil_id} claim of the request's verified
 * OpenID Connect token (a browser login or a bearer token; WildFly's elytron-oidc-client checked it)
 * and holds it for the application services during the request ({@link CitizenLogin}). A claim that
 * is not a valid civil ID number counts as none.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CitizenClaimsFilter extends HttpFilter {

    static final String CLAIM = "civil_id";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        OidcSecurityContext context = caller instanceof OidcPrincipal<?> oidc
                ? oidc.getOidcSecurityContext()
                : (OidcSecurityContext) request.getAttribute(OidcSecurityContext.class.getName());
        String civilId = caller == null ? null : civilId(context);
        if (civilId == null) {
            chain.doFilter(request, response);
            return;
        }
        CitizenLogin.begin(caller.getName(), civilId);
        try {
            chain.doFilter(request, response);
        } finally {
            CitizenLogin.end();
        }
    }

    private static String civilId(OidcSecurityContext context) {
        if (context == null || context.getToken() == null) {
            return null;
        }
        String claim = context.getToken().getClaimValueAsString(CLAIM);
        if (claim == null) {
            return null;
        }
        try {
            return CivilIdNumber.of(claim).value();
        } catch (InvalidInputException notACivilId) {
            return null;
        }
    }
}
