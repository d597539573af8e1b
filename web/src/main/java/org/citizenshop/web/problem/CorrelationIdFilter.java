package org.citizenshop.web.problem;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/** Gives every API request a correlation id, echoed in the {@code X-Correlation-Id} response header. */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class CorrelationIdFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String PROPERTY = CorrelationIdFilter.class.getName();

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(PROPERTY, CorrelationIds.begin(request.getHeaderString(CorrelationIds.HEADER)));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PROPERTY);
        if (id != null) {
            response.getHeaders().putSingle(CorrelationIds.HEADER, id);
        }
        CorrelationIds.end();
    }
}
