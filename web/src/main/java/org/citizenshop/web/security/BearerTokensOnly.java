package org.citizenshop.web.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Set;
import org.citizenshop.web.problem.AccessProblems;
import org.citizenshop.web.problem.Problems;

/**
 * The API changes nothing on the strength of a browser session. The OIDC deployment that logs
 * clerks in to the pages also recognises their session cookie on {@code /api/v1}, and a browser
 * sends that cookie with any request to the site, whoever's page made it (cross-site request
 * forgery). So a request that changes state and carries an identity must carry it as a bearer
 * token; one that only has the session is answered 401 before a resource runs. Reads stay open to
 * the session (the desk opens a case's receipt from the API), anonymous requests pass as anonymous.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class BearerTokensOnly implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())
                || request.getSecurityContext().getUserPrincipal() == null
                || hasBearerToken(request)) {
            return;
        }
        request.abortWith(AccessProblems.denied(null, Problems.of(request)));
    }

    private static boolean hasBearerToken(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("bearer ");
    }
}
