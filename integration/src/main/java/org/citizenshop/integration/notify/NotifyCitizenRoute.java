package org.citizenshop.integration.notify;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;
import org.citizenshop.integration.camel.AgencyErrorHandling;
import org.citizenshop.integration.delivery.OutcomeRecorder;

/**
 * Sends an alert to a citizen through the notification gateway (SMS or e-mail) with the
 * notification's idempotency key, and records the gateway's message id, with the same error
 * handling as the agency routes.
 */
@Dependent
public class NotifyCitizenRoute extends RouteBuilder {

    public static final String ENDPOINT = "direct:notify-citizen";
    public static final String ROUTE_ID = "notify-citizen";

    private final NotifyTranslator translator;
    private final OutcomeRecorder recorder;

    @Inject
    public NotifyCitizenRoute(NotifyTranslator translator, OutcomeRecorder recorder) {
        this.translator = translator;
        this.recorder = recorder;
    }

    @Override
    public void configure() {
        from(ENDPOINT)
                .routeId(ROUTE_ID)
                .routeConfigurationId(AgencyErrorHandling.ID)
                .process(translator::toGatewayRequest)
                .id("notify-translate-request")
                .to("{{notify.url}}/notify/v1")
                .id("notify-http")
                .process(translator::toMessageId)
                .id("notify-translate-reply")
                .process(recorder::alertDelivered)
                .id("notify-record-outcome");
    }
}
