package org.citizenshop.integration.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.citizenshop.integration.camel.AgencyHttp;
import org.citizenshop.integration.delivery.AgencyCircuit;
import org.junit.jupiter.api.AfterEach;

/**
 * What the tests of a registry lookup route share: a scripted agency over real HTTP, the agency's circuit, and the
 * lookup timeouts short beside the deliveries' (long enough for a cold test JVM).
 */
public abstract class LookupRouteTest extends CamelTestSupport {

    public static final String PURPOSE = "prefill DEATH";
    public static final String CORRELATION_ID = "5e0c7b1a-2d3f-4a5b-8c9d-0e1f2a3b4c5d";
    public static final String DECEASED = "30000006";
    public static final long LOOKUP_TIMEOUT_MS = 1500;
    public static final int FAILURES_TO_OPEN = 2;

    protected final ScriptedAgency agency;
    protected final AgencyCircuit circuit = new AgencyCircuit(
            FAILURES_TO_OPEN,
            Duration.ofMinutes(1),
            Clock.fixed(Instant.parse("2026-11-27T10:15:30Z"), ZoneOffset.UTC));

    protected LookupRouteTest(String samples) {
        this.agency = new ScriptedAgency(samples);
    }

    /** The context starts only once the test has pointed it at its agency ({@link #startAgainst}). */
    @Override
    public void configureTest(TestExecutionConfiguration test) {
        super.configureTest(test);
        test.withUseAdviceWith(true);
    }

    @AfterEach
    void stopAgency() {
        agency.close();
    }

    /** Points the routes at {@code url} and starts the context. */
    protected void startAgainst(String url) {
        Properties properties = new Properties();
        for (String code : new String[] {"at", "iss", "sns"}) {
            properties.setProperty("agency." + code + ".url", url);
            properties.setProperty("agency." + code + ".lookup-timeout-ms", String.valueOf(LOOKUP_TIMEOUT_MS));
        }
        properties.setProperty("agency.http.connect-timeout-ms", "1000");
        properties.setProperty("agency.http.response-timeout-ms", "10000");
        context().getPropertiesComponent().setOverrideProperties(properties);
        AgencyHttp.configure(context());
        context().start();
    }

    protected void start() {
        startAgainst(agency.url());
    }
}
