package org.citizenshop.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ends the clerk's session here and at the identity provider (OpenID Connect RP-initiated logout),
 * then comes back to the start page. WildFly 39's OIDC client has no logout setting of its own.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "oidc.provider-url", defaultValue = "http://localhost:8180/realms/citizen-shop")
    String providerUrl;

    @Inject
    @ConfigProperty(name = "oidc.client-id", defaultValue = "citizen-shop-web")
    String clientId;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String home = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/";
        response.sendRedirect(providerUrl + "/protocol/openid-connect/logout?client_id="
                + URLEncoder.encode(clientId, StandardCharsets.UTF_8) + "&post_logout_redirect_uri="
                + URLEncoder.encode(home, StandardCharsets.UTF_8));
    }
}
