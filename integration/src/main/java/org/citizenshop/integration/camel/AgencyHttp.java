package org.citizenshop.integration.camel;

import org.apache.camel.CamelContext;
import org.apache.camel.component.http.HttpComponent;

/**
 * The HTTP client settings every agency route shares: timeouts from configuration, and no
 * automatic re-sending by the HTTP client itself, so that retries follow the one policy of
 * {@link AgencyErrorHandling} and can be counted.
 */
public final class AgencyHttp {

    private AgencyHttp() {}

    public static void configure(CamelContext camel) {
        HttpComponent http = camel.getComponent("http", HttpComponent.class);
        long connect = millis(camel, "{{agency.http.connect-timeout-ms}}");
        long response = millis(camel, "{{agency.http.response-timeout-ms}}");
        http.setConnectTimeout(connect);
        http.setConnectionRequestTimeout(connect);
        http.setResponseTimeout(response);
        http.setSoTimeout(response);
        http.setAutomaticRetriesDisabled(true);
    }

    private static long millis(CamelContext camel, String placeholder) {
        return Long.parseLong(camel.resolvePropertyPlaceholders(placeholder));
    }
}
