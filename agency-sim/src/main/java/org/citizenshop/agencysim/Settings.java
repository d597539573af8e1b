package org.citizenshop.agencysim;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the simulator listens and how its slower agencies pace themselves, from the environment so that the run script
 * and the tests can move them.
 *
 * @param exchangeDir the folder shared with the shop for the batch agency's files ({@code iss/inbox}, {@code iss/outbox})
 * @param issBatchMs how often the social security's batch run takes its inbox
 * @param cmlCallbackMs how long the municipality takes before it calls back
 * @param cmlWebhookSecret the secret the municipality signs its callbacks with
 * @param imtBrokerPort where the driving authority's message broker listens
 * @param shopPublicUrl where agencies reach the shop, without a trailing slash: the civil registry's events go to
 *     {@code <shopPublicUrl>/api/v1/agency-callbacks/irn}
 * @param irnEventsSecret the secret the civil registry signs its events with
 */
record Settings(
        String host,
        int port,
        Path exchangeDir,
        long issBatchMs,
        long cmlCallbackMs,
        String cmlWebhookSecret,
        int imtBrokerPort,
        URI shopPublicUrl,
        String irnEventsSecret) {

    static final String HOST_VARIABLE = "AGENCY_SIM_HOST";
    static final String PORT_VARIABLE = "AGENCY_SIM_PORT";
    static final String EXCHANGE_DIR_VARIABLE = "AGENCY_EXCHANGE_DIR";
    static final String ISS_BATCH_VARIABLE = "AGENCY_SIM_ISS_BATCH_MS";
    static final String CML_CALLBACK_VARIABLE = "AGENCY_SIM_CML_CALLBACK_MS";
    static final String CML_SECRET_VARIABLE = "CML_WEBHOOK_SECRET";
    static final String IMT_BROKER_PORT_VARIABLE = "AGENCY_SIM_IMT_BROKER_PORT";
    static final String SHOP_PUBLIC_URL_VARIABLE = "SHOP_PUBLIC_URL";
    static final String IRN_EVENTS_SECRET_VARIABLE = "IRN_EVENTS_SECRET";

    static final String DEFAULT_HOST = "127.0.0.1";
    static final int DEFAULT_PORT = 8280;
    static final String DEFAULT_EXCHANGE_FOLDER = "citizen-shop-agencies";
    static final long DEFAULT_ISS_BATCH_MS = 3000;
    static final long DEFAULT_CML_CALLBACK_MS = 2000;
    static final String DEFAULT_CML_SECRET = "dev-cml-webhook-secret-not-for-production";
    static final int DEFAULT_IMT_BROKER_PORT = 61617;
    static final String DEFAULT_SHOP_PUBLIC_URL = "http://localhost:8080";
    static final String DEFAULT_IRN_EVENTS_SECRET = "dev-irn-events-secret-not-for-production";

    /** A day: longer than any demo waits, short enough to be a mistake worth refusing beyond. */
    static final long MAX_INTERVAL_MS = 86_400_000;

    Settings {
        if (issBatchMs <= 0) {
            throw new IllegalArgumentException(ISS_BATCH_VARIABLE + " must be more than 0");
        }
        if (cmlCallbackMs < 0) {
            throw new IllegalArgumentException(CML_CALLBACK_VARIABLE + " must not be negative");
        }
        if (cmlWebhookSecret.isEmpty()) {
            throw new IllegalArgumentException(CML_SECRET_VARIABLE + " must not be empty");
        }
        if (irnEventsSecret.isEmpty()) {
            throw new IllegalArgumentException(IRN_EVENTS_SECRET_VARIABLE + " must not be empty");
        }
    }

    /** The defaults, listening on {@code port} of the loopback interface. */
    static Settings defaults(int port) {
        return from(Map.of(PORT_VARIABLE, Integer.toString(port)));
    }

    static Settings from(Map<String, String> environment) {
        String host = value(environment, HOST_VARIABLE);
        String port = value(environment, PORT_VARIABLE);
        String exchangeDir = value(environment, EXCHANGE_DIR_VARIABLE);
        String batch = value(environment, ISS_BATCH_VARIABLE);
        String callback = value(environment, CML_CALLBACK_VARIABLE);
        // The secret is taken as given: spaces may be part of it.
        String secret = environment.getOrDefault(CML_SECRET_VARIABLE, "");
        String brokerPort = value(environment, IMT_BROKER_PORT_VARIABLE);
        String shopUrl = value(environment, SHOP_PUBLIC_URL_VARIABLE);
        String eventsSecret = environment.getOrDefault(IRN_EVENTS_SECRET_VARIABLE, "");
        return new Settings(
                host.isEmpty() ? DEFAULT_HOST : host,
                port.isEmpty() ? DEFAULT_PORT : parsePort(PORT_VARIABLE, port),
                exchangeDir.isEmpty()
                        ? Path.of(System.getProperty("java.io.tmpdir"), DEFAULT_EXCHANGE_FOLDER)
                        : Path.of(exchangeDir),
                batch.isEmpty() ? DEFAULT_ISS_BATCH_MS : parseMillis(ISS_BATCH_VARIABLE, batch, 1),
                callback.isEmpty() ? DEFAULT_CML_CALLBACK_MS : parseMillis(CML_CALLBACK_VARIABLE, callback, 0),
                secret.isEmpty() ? DEFAULT_CML_SECRET : secret,
                brokerPort.isEmpty() ? DEFAULT_IMT_BROKER_PORT : parsePort(IMT_BROKER_PORT_VARIABLE, brokerPort),
                parseUrl(SHOP_PUBLIC_URL_VARIABLE, shopUrl.isEmpty() ? DEFAULT_SHOP_PUBLIC_URL : shopUrl),
                eventsSecret.isEmpty() ? DEFAULT_IRN_EVENTS_SECRET : eventsSecret);
    }

    Settings withExchangeDir(Path dir) {
        return new Settings(
                host,
                port,
                dir,
                issBatchMs,
                cmlCallbackMs,
                cmlWebhookSecret,
                imtBrokerPort,
                shopPublicUrl,
                irnEventsSecret);
    }

    Settings withIssBatchMs(long millis) {
        return new Settings(
                host,
                port,
                exchangeDir,
                millis,
                cmlCallbackMs,
                cmlWebhookSecret,
                imtBrokerPort,
                shopPublicUrl,
                irnEventsSecret);
    }

    Settings withCmlCallbackMs(long millis) {
        return new Settings(
                host,
                port,
                exchangeDir,
                issBatchMs,
                millis,
                cmlWebhookSecret,
                imtBrokerPort,
                shopPublicUrl,
                irnEventsSecret);
    }

    Settings withImtBrokerPort(int brokerPort) {
        return new Settings(
                host,
                port,
                exchangeDir,
                issBatchMs,
                cmlCallbackMs,
                cmlWebhookSecret,
                brokerPort,
                shopPublicUrl,
                irnEventsSecret);
    }

    Settings withShopPublicUrl(String url) {
        return new Settings(
                host,
                port,
                exchangeDir,
                issBatchMs,
                cmlCallbackMs,
                cmlWebhookSecret,
                imtBrokerPort,
                parseUrl(SHOP_PUBLIC_URL_VARIABLE, url),
                irnEventsSecret);
    }

    private static String value(Map<String, String> environment, String variable) {
        return environment.getOrDefault(variable, "").trim();
    }

    private static int parsePort(String variable, String text) {
        int port;
        try {
            port = Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(variable + " must be a port number, not " + text, notANumber);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(variable + " must be between 0 and 65535, not " + text);
        }
        return port;
    }

    /** An absolute http or https URL; trailing slashes are dropped, so that paths can be appended. */
    private static URI parseUrl(String variable, String text) {
        String trimmed = text.replaceAll("/+$", "");
        try {
            URI url = new URI(trimmed);
            if (url.isAbsolute()
                    && ("http".equals(url.getScheme()) || "https".equals(url.getScheme()))
                    && url.getHost() != null
                    && url.getQuery() == null
                    && url.getFragment() == null) {
                return url;
            }
        } catch (URISyntaxException notAUrl) {
            // Refused below.
        }
        throw new IllegalArgumentException(
                variable + " must be an absolute http or https URL without query or fragment, not " + text);
    }

    private static long parseMillis(String variable, String text, long min) {
        long millis;
        try {
            millis = Long.parseLong(text);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(variable + " must be a number of milliseconds, not " + text, notANumber);
        }
        if (millis < min || millis > MAX_INTERVAL_MS) {
            throw new IllegalArgumentException(
                    variable + " must be between " + min + " and " + MAX_INTERVAL_MS + " ms, not " + text);
        }
        return millis;
    }
}
