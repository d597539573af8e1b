package org.citizenshop.web.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.List;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.web.problem.AccessProblems;
import org.citizenshop.web.problem.Problems;

/**
 * Enforces {@code @RolesAllowed} on API resources before they run: no token gives a 401 (with
 * {@code WWW-Authenticate: Bearer}), a token without the role a 403, both as problem details.
 * (RESTEasy's own role filter answers 403 in both cases.) The services check the roles again.
 */
@Provider
public class RoleCheckFeature implements DynamicFeature {

    @Inject
    AuditTrail audit;

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed != null) {
            context.register(new RoleCheck(Arrays.asList(allowed.value()), audit), Priorities.AUTHORIZATION);
        }
    }

    static final class RoleCheck implements ContainerRequestFilter {

        private final List<String> roles;
        private final AuditTrail audit;

        RoleCheck(List<String> roles, AuditTrail audit) {
            this.roles = List.copyOf(roles);
            this.audit = audit;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            if (security.getUserPrincipal() == null || roles.stream().noneMatch(security::isUserInRole)) {
                request.abortWith(AccessProblems.denied(
                        security.getUserPrincipal(),
                        Problems.of(request),
                        audit,
                        request.getMethod(),
                        request.getUriInfo().getRequestUri().getPath()));
            }
        }
    }
}
