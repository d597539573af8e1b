package org.citizenshop.web.security;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages' content security policy. Scripts run only from this origin or with the page's nonce
 * (PrimeFaces writes the nonce on every script it renders and moves inline event handlers into a
 * nonce'd script, {@code primefaces.CSP}); styles are this origin's files plus {@code style}
 * attributes, which PrimeFaces' widgets write into their markup (docs/decisions.md). Forms post to
 * this origin, or end at the identity provider when a form posted after the login expired is
 * redirected there; {@code connect-src 'self'} covers XHR and the board's web socket (CSP Level 3
 * matches {@code ws:}/{@code wss:} of the page's own host under {@code 'self'}).
 */
public final class ContentSecurityPolicy {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    private final String directives;

    private ContentSecurityPolicy(String directives) {
        this.directives = directives;
    }

    /** The policy for a site whose users log in at {@code identityProvider} (any URL of it: only its origin counts). */
    public static ContentSecurityPolicy forIdentityProvider(String identityProvider) {
        return new ContentSecurityPolicy("default-src 'self'; "
                + "img-src 'self' data:; "
                + "style-src 'self'; style-src-attr 'unsafe-inline'; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self' " + origin(identityProvider) + "; "
                + "frame-ancestors 'self'");
    }

    /** The header's value before a page is rendered: scripts from this origin only. */
    public String withoutNonce() {
        return directives + "; script-src 'self'";
    }

    /**
     * The header's value once PrimeFaces has chosen the page's nonce, which it announces in a policy
     * of its own ({@code script-src 'self' 'nonce-…';}); anything else in that policy is ignored.
     */
    public String withNonceOf(String primeFacesPolicy) {
        Matcher nonce = NONCE.matcher(primeFacesPolicy == null ? "" : primeFacesPolicy);
        if (!nonce.find()) {
            return withoutNonce();
        }
        return directives + "; script-src 'self' 'nonce-" + nonce.group(1) + "'";
    }

    static String origin(String url) {
        URI uri = URI.create(url.trim());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("Not an absolute URL: " + url);
        }
        String origin = uri.getScheme().toLowerCase() + "://" + uri.getHost().toLowerCase();
        return uri.getPort() < 0 ? origin : origin + ":" + uri.getPort();
    }

    @Override
    public String toString() {
        return withoutNonce();
    }
}
