package org.citizenshop.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Protective headers on every response: no MIME sniffing, no framing by other sites, no referrer
 * leaking paths elsewhere, no camera, microphone or location. Pages and API answers are never
 * stored by the browser or a proxy (they carry personal data, and a shared kiosk's Back button
 * must not bring the last citizen's screen back); static resources stay cacheable.
 *
 * <p>Pages get the content security policy ({@link ContentSecurityPolicy}). PrimeFaces, in CSP mode,
 * adds a header of its own with the page's nonce when the page renders; this filter turns that
 * header into the whole policy, so a page has exactly one. The filter also runs on error and
 * forward dispatches, since the error pages render there.
 */
@WebFilter(
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";

    @Inject
    @ConfigProperty(name = "oidc.provider-url", defaultValue = "http://localhost:8180/realms/citizen-shop")
    String providerUrl;

    private transient ContentSecurityPolicy policy;

    @Override
    public void init() {
        policy = ContentSecurityPolicy.forIdentityProvider(providerUrl);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isStaticResource(path)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        if (path.startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(CSP, policy.withoutNonce());
        chain.doFilter(request, new PolicyMerging(response, policy));
    }

    /** Faces resources (scripts, styles, images of the pages, served with their own caching headers). */
    private static boolean isStaticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    /** Takes the nonce PrimeFaces announces in its own policy header into this site's policy. */
    static final class PolicyMerging extends HttpServletResponseWrapper {

        private final ContentSecurityPolicy policy;

        PolicyMerging(HttpServletResponse response, ContentSecurityPolicy policy) {
            super(response);
            this.policy = policy;
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, CSP.equalsIgnoreCase(name) ? policy.withNonceOf(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, policy.withNonceOf(value));
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
