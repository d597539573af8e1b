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
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * Ends the session here and at the identity provider (OpenID Connect RP-initiated logout), then
 * comes back: {@code /logout} (staff) to the start page, {@code /kiosk/wipe?shop=…} (the kiosk's
 * inactivity wipe) to the kiosk's first screen for that shop. WildFly 39's OIDC client has no logout
 * setting of its own.
 *
 * <p>The provider's end-session endpoint gets the session's ID token as {@code id_token_hint}, so it
 * ends the login without asking "do you want to log out?" (Keycloak asks when the hint is missing).
 * A kiosk session nobody logged in to goes straight back to the kiosk: there is no login to end, and
 * a kiosk must never be left on the provider's question.
 */
@WebServlet({"/logout", "/kiosk/wipe"})
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern SHOP_CODE = Pattern.compile("[A-Z0-9-]{1,40}");

    @Inject
    @ConfigProperty(name = "oidc.provider-url", defaultValue = "http://localhost:8180/realms/citizen-shop")
    String providerUrl;

    @Inject
    @ConfigProperty(name = "oidc.client-id", defaultValue = "citizen-shop-web")
    String clientId;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        boolean kiosk = "/kiosk/wipe".equals(request.getServletPath());
        String shop = request.getParameter("shop");
        if (kiosk && (shop == null || !SHOP_CODE.matcher(shop).matches())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String idToken = idToken(request.getSession(false));
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String back = origin(request) + request.getContextPath() + (kiosk ? "/kiosk/?shop=" + shop : "/");
        if (kiosk && idToken == null) {
            response.sendRedirect(back);
            return;
        }
        StringBuilder endSession = new StringBuilder(providerUrl)
                .append("/protocol/openid-connect/logout?client_id=")
                .append(URLEncoder.encode(clientId, StandardCharsets.UTF_8))
                .append("&post_logout_redirect_uri=")
                .append(URLEncoder.encode(back, StandardCharsets.UTF_8));
        if (idToken != null) {
            endSession.append("&id_token_hint=").append(URLEncoder.encode(idToken, StandardCharsets.UTF_8));
        }
        response.sendRedirect(endSession.toString());
    }

    /** The ID token of the session's OIDC login (the OIDC client keeps its context in the session), if any. */
    private static String idToken(HttpSession session) {
        if (session == null) {
            return null;
        }
        Object context = session.getAttribute(OidcSecurityContext.class.getName());
        return context instanceof OidcSecurityContext oidc ? oidc.getIDTokenString() : null;
    }

    private static String origin(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
    }
}
