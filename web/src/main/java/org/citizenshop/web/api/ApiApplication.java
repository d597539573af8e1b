package org.citizenshop.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Citizen Shop API",
                        version = "1",
                        description = "Tickets, desks and shops of the Citizen Shop network. Errors are RFC 9457"
                                + " problem details (application/problem+json); texts follow Accept-Language"
                                + " (pt, en)."))
@SecurityScheme(
        securitySchemeName = ApiApplication.BEARER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "An access token of the citizen-shop realm (Keycloak).")
public class ApiApplication extends Application {

    public static final String BEARER = "bearer";
}
