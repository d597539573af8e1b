package org.citizenshop.web.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An application service refused the caller's role: 401 for an anonymous caller, 403 otherwise. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @Context
    jakarta.ws.rs.core.Request request;

    @jakarta.inject.Inject
    org.citizenshop.application.port.AuditTrail audit;

    @Override
    public Response toResponse(EJBAccessException exception) {
        return AccessProblems.denied(
                security.getUserPrincipal(),
                Problems.of(headers, uri),
                audit,
                request.getMethod(),
                uri.getRequestUri().getPath());
    }
}
