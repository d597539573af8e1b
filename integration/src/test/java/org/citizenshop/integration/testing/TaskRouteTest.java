package org.citizenshop.integration.testing;

import java.util.Properties;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.citizenshop.application.TaskDispatch;
import org.citizenshop.integration.camel.AgencyErrorHandling;
import org.citizenshop.integration.camel.AgencyHttp;
import org.citizenshop.integration.delivery.DeliveryProperties;
import org.citizenshop.integration.delivery.OutcomeRecorder;
import org.junit.jupiter.api.AfterEach;

/**
 * What every agency's task route test shares: a scripted agency over real HTTP, the shared error
 * handling with the route under test, outcomes recorded instead of reported to the application,
 * and a context started only once the test has pointed the route at the agency (so that it can
 * weave steps first).
 */
public abstract class TaskRouteTest extends CamelTestSupport {

    protected final RecordingOutcomes outcomes = new RecordingOutcomes();
    private final ScriptedAgency agency;

    protected TaskRouteTest(String agencyCode) {
        this.agency = new ScriptedAgency(agencyCode);
    }

    /** The route under test, reporting through {@code recorder}. */
    protected abstract RoutesBuilder route(OutcomeRecorder recorder);

    /** The id of the route under test; its endpoint is {@code direct:} + id. */
    protected abstract String routeId();

    protected ScriptedAgency agency() {
        return agency;
    }

    @Override
    public void configureTest(TestExecutionConfiguration test) {
        super.configureTest(test);
        test.withUseAdviceWith(true);
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        OutcomeRecorder recorder = new OutcomeRecorder(outcomes, outcomes, outcomes);
        return new RoutesBuilder[] {new AgencyErrorHandling(recorder), route(recorder)};
    }

    /** Points the routes at the agency with these retries and placeholders; the test then starts the context. */
    protected void configure(Properties properties) {
        context().getPropertiesComponent().setOverrideProperties(properties);
        AgencyHttp.configure(context());
    }

    protected Exchange deliver(TaskDispatch task) {
        return template().send("direct:" + routeId(), exchange -> {
            exchange.setProperty(DeliveryProperties.TASK_KEY, task.key());
            exchange.getMessage().setBody(task);
        });
    }

    @AfterEach
    void stopAgency() {
        agency.close();
    }
}
