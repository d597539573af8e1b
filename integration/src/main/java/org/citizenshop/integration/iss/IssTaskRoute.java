package org.citizenshop.integration.iss;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;
import org.citizenshop.integration.camel.AgencyErrorHandling;
import org.citizenshop.integration.delivery.OutcomeRecorder;
import org.citizenshop.integration.delivery.TaskDelivery;

/**
 * Hands a case task to the social security's batch: writes its request file into the shared inbox
 * under a temporary dot name, renamed when complete (the agency ignores dot files), and records the
 * task as sent. {@link IssResultsRoute} takes the answers.
 */
@Dependent
public class IssTaskRoute extends RouteBuilder {

    public static final String CONNECTOR = "iss-batch";
    public static final String ROUTE_ID = TaskDelivery.routeOf(CONNECTOR);

    private final IssTaskTranslator translator;
    private final OutcomeRecorder recorder;

    @Inject
    public IssTaskRoute(IssTaskTranslator translator, OutcomeRecorder recorder) {
        this.translator = translator;
        this.recorder = recorder;
    }

    @Override
    public void configure() {
        from("direct:" + ROUTE_ID)
                .routeId(ROUTE_ID)
                .routeConfigurationId(AgencyErrorHandling.ID)
                .process(translator::toRequestFile)
                .id("iss-translate-request")
                .to("file:{{agency.exchange-dir}}/iss/inbox?tempPrefix=.&fileExist=Fail&charset=utf-8")
                .id("iss-write-request")
                .process(translator::toSent)
                .id("iss-translate-sent")
                .process(recorder::recordTask)
                .id("iss-record-outcome");
    }
}
