package org.citizenshop.it.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenshop.it.http.Endpoints.APP;
import static org.citizenshop.it.http.Endpoints.KEYCLOAK;
import static org.citizenshop.it.http.Endpoints.api;
import static org.citizenshop.it.http.Endpoints.send;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citizenshop.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every response tells the browser (docs/security.md): pages carry one content security policy
 * whose nonce is on each of their scripts, and no inline event handler or script runs without it;
 * pages and API answers are never stored; everything is neither sniffed, framed by others, nor
 * given camera, microphone or location; the session cookie is HttpOnly and SameSite=Lax.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern INLINE_HANDLER =
            Pattern.compile("<[a-z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/kiosk/?shop=LX-LARANJEIRAS",
                "/board/?shop=LX-LARANJEIRAS",
                "/shop/?shop=LX-LARANJEIRAS",
                "/track/",
                "/verify/?code=NO-SUCH-CODE",
                "/ticket/",
                "/appointments/?shop=LX-LARANJEIRAS",
                "/no/such/page.xhtml"
            })
    void aPage_hasOnePolicy_whoseNonceIsOnEachOfItsScripts(String path) {
        HttpResponse<String> page = get(path);

        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertThat(policies).as("one policy on %s", path).hasSize(1);
        String policy = policies.get(0);
        String scripts = directive(policy, "script-src");
        assertThat(scripts).doesNotContain("unsafe-inline", "unsafe-eval").startsWith("script-src 'self' 'nonce-");
        assertThat(policy)
                .contains(
                        "default-src 'self'",
                        "object-src 'none'",
                        "base-uri 'self'",
                        "frame-ancestors 'self'",
                        "connect-src 'self'",
                        "form-action 'self' " + KEYCLOAK);
        assertThat(directive(policy, "style-src")).doesNotContain("unsafe-inline");

        Matcher nonce = NONCE.matcher(scripts);
        assertThat(nonce.find()).isTrue();
        Matcher tag = SCRIPT_TAG.matcher(page.body());
        int count = 0;
        while (tag.find()) {
            count++;
            assertThat(tag.group()).as("a script of %s", path).contains("nonce=\"" + nonce.group(1) + "\"");
        }
        assertThat(count).as("scripts on %s", path).isPositive();
        assertThat(INLINE_HANDLER.matcher(page.body()).find())
                .as("an inline event handler on %s", path)
                .isFalse();
        assertProtectiveHeaders(page);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void theNonce_isNewOnEveryPage() {
        String first = directive(policyOf(get("/kiosk/?shop=LX-LARANJEIRAS")), "script-src");
        String second = directive(policyOf(get("/kiosk/?shop=LX-LARANJEIRAS")), "script-src");

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void apiAnswers_areNeverStored_andCarryTheProtectiveHeaders() {
        HttpResponse<String> shops = send(api("/shops"));
        HttpResponse<String> refused = send(api("/desks/LXL-04"));

        assertThat(shops.statusCode()).isEqualTo(200);
        assertThat(refused.statusCode()).isEqualTo(401);
        for (HttpResponse<String> answer : List.of(shops, refused)) {
            assertProtectiveHeaders(answer);
            assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
    }

    @Test
    void staticResources_stayCacheable() {
        Matcher script = Pattern.compile("src=\"([^\"]*/jakarta\\.faces\\.resource/core\\.js[^\"]*)\"")
                .matcher(get("/kiosk/?shop=LX-LARANJEIRAS").body());
        assertThat(script.find()).isTrue();

        HttpResponse<String> resource = get(script.group(1).replace("&amp;", "&"));

        assertThat(resource.statusCode()).isEqualTo(200);
        assertProtectiveHeaders(resource);
        assertThat(resource.headers().allValues("Cache-Control")).noneMatch(value -> value.contains("no-store"));
        assertThat(resource.headers().firstValue("Content-Security-Policy")).isEmpty();
    }

    @Test
    void theSessionCookie_isHttpOnly_andSameSiteLax() {
        HttpResponse<String> kiosk = get("/kiosk/?shop=LX-LARANJEIRAS");

        String cookie = kiosk.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + kiosk.headers()));
        List<String> attributes = List.of(cookie.split(";\\s*"));
        assertThat(attributes).contains("HttpOnly", "SameSite=Lax");
        assertThat(attributes)
                .as("Secure only with CS_SESSION_COOKIE_SECURE=true, not set for this plain-HTTP test server")
                .doesNotContain("Secure");
    }

    private static void assertProtectiveHeaders(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("Permissions-Policy"))
                .get()
                .asString()
                .contains("camera=()", "microphone=()", "geolocation=()");
    }

    private static String policyOf(HttpResponse<String> page) {
        return page.headers().firstValue("Content-Security-Policy").orElseThrow();
    }

    /** One directive of a policy, with its name: "script-src 'self' 'nonce-…'". */
    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            if (directive.trim().startsWith(name + " ")) {
                return directive.trim();
            }
        }
        return "";
    }

    private static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : APP + path))
                .timeout(Duration.ofSeconds(30)));
    }
}
