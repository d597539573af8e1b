package org.citizenshop.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    private final ContentSecurityPolicy policy =
            ContentSecurityPolicy.forIdentityProvider("https://login.example.pt:8443/realms/citizen-shop");

    @Test
    void takesTheNonceOfPrimeFacesPolicy_intoTheWholePolicy() {
        String header = policy.withNonceOf("script-src 'self' 'nonce-YTQyM2ZiNTktNjFh+/ZS00=';");

        assertThat(header)
                .endsWith("; script-src 'self' 'nonce-YTQyM2ZiNTktNjFh+/ZS00='")
                .contains("default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'self'")
                .contains("form-action 'self' https://login.example.pt:8443;")
                .doesNotContain("realms");
    }

    @Test
    void scripts_neverInline_neverEval() {
        for (String header :
                new String[] {policy.withoutNonce(), policy.withNonceOf("script-src 'self' 'nonce-abc';")}) {
            String scripts = header.substring(header.indexOf("script-src"));
            assertThat(scripts).doesNotContain("unsafe-inline", "unsafe-eval", "*", "data:");
        }
    }

    @Test
    void withoutANonceInPrimeFacesPolicy_scriptsFromThisOriginOnly() {
        assertThat(policy.withNonceOf("script-src 'self';")).isEqualTo(policy.withoutNonce());
        assertThat(policy.withNonceOf(null)).endsWith("; script-src 'self'");
    }

    @Test
    void identityProviderOrigin_defaultPortLeftOut_andARelativeAddressRefused() {
        assertThat(ContentSecurityPolicy.origin("HTTP://Localhost/realms/x")).isEqualTo("http://localhost");
        assertThatThrownBy(() -> ContentSecurityPolicy.origin("/realms/x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
