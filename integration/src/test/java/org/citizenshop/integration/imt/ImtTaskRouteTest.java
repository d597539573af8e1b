package org.citizenshop.integration.imt;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.citizenshop.application.TaskDispatch;
import org.citizenshop.integration.camel.AgencyErrorHandling;
import org.citizenshop.integration.delivery.DeliveryProperties;
import org.citizenshop.integration.delivery.OutcomeRecorder;
import org.citizenshop.integration.delivery.TransientAgencyException;
import org.citizenshop.integration.testing.RecordingOutcomes;
import org.citizenshop.integration.testing.RecordingOutcomes.Outcome;
import org.citizenshop.integration.testing.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The driving authority's route with a test double for its queue: what is put on it, and what is
 * recorded when the broker takes it or cannot be reached ({@link JmsImtRequestQueueTest} puts real
 * messages on a broker).
 */
class ImtTaskRouteTest extends CamelTestSupport {

    private static final String KEY = Tasks.KEY;

    /** The agency's queue: takes requests, or fails as a broker that cannot be reached, as often as told. */
    private static final class Queue implements ImtRequestQueue {

        final List<ImtRequest> requests = new CopyOnWriteArrayList<>();
        final AtomicInteger unreachableFor = new AtomicInteger();
        final AtomicInteger attempts = new AtomicInteger();

        @Override
        public void put(ImtRequest request) {
            attempts.incrementAndGet();
            if (unreachableFor.getAndDecrement() > 0) {
                throw new TransientAgencyException("Driving authority's broker: request " + request.requestKey()
                        + " not queued: AMQ219007: Cannot connect to server(s)");
            }
            requests.add(request);
        }
    }

    private final RecordingOutcomes outcomes = new RecordingOutcomes();
    private final Queue queue = new Queue();

    @Override
    public void configureTest(TestExecutionConfiguration test) {
        super.configureTest(test);
        test.withUseAdviceWith(true);
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        OutcomeRecorder recorder = new OutcomeRecorder(outcomes, outcomes, outcomes);
        return new RoutesBuilder[] {
            new AgencyErrorHandling(recorder), new ImtTaskRoute(new ImtTaskTranslator(), queue, recorder)
        };
    }

    @BeforeEach
    void fastRetries() {
        context().getPropertiesComponent().setOverrideProperties(Tasks.retrying(2));
        context().start();
    }

    private Exchange deliver(TaskDispatch task) {
        return template().send("direct:" + ImtTaskRoute.ROUTE_ID, exchange -> {
            exchange.setProperty(DeliveryProperties.TASK_KEY, task.key());
            exchange.getMessage().setBody(task);
        });
    }

    private static TaskDispatch licence() {
        return Tasks.task("imt-jms", "IMT-LICENCE", "licence.number", "L-1234567 8", "licence.reason", "LOST");
    }

    @Test
    void aTask_isPutOnTheAgencysQueue_correlatedByItsKey_andRecordedAsSent() {
        Exchange done = deliver(licence());

        assertThat(done.getException()).isNull();
        assertThat(queue.requests).singleElement().satisfies(request -> {
            assertThat(request.requestKey()).isEqualTo(KEY);
            JsonObject json =
                    Json.createReader(new StringReader(request.json())).readObject();
            assertThat(json.getString("service")).isEqualTo("IMT-LICENCE");
            assertThat(json.getJsonObject("citizen").getString("civilIdNumber")).isEqualTo("12345678");
            assertThat(json.getJsonObject("details").getString("licence.number"))
                    .isEqualTo("L-1234567 8");
        });
        assertThat(outcomes.reported).containsExactly(new Outcome(KEY, "sent", ""));
    }

    @Test
    void aBrokerThatCannotBeReachedAMoment_isTriedAgain_andTheTaskSentOnce() {
        queue.unreachableFor.set(1);

        Exchange done = deliver(licence());

        assertThat(done.getException()).isNull();
        assertThat(queue.attempts).hasValue(2);
        assertThat(queue.requests).hasSize(1);
        assertThat(outcomes.reported).containsExactly(new Outcome(KEY, "sent", ""));
    }

    @Test
    void aBrokerThatStaysUnreachable_isADeliveryFailure_thatGoesBackToTheCaller() {
        queue.unreachableFor.set(Integer.MAX_VALUE);

        Exchange done = deliver(licence());

        // Back to the caller: its transaction rolls back and the shop's broker delivers the task again.
        assertThat(done.getException()).isInstanceOf(TransientAgencyException.class);
        assertThat(queue.attempts).hasValue(3);
        assertThat(queue.requests).isEmpty();
        assertThat(outcomes.reported).singleElement().satisfies(failed -> {
            assertThat(failed.key()).isEqualTo(KEY);
            assertThat(failed.kind()).isEqualTo("failed");
            assertThat(failed.detail()).contains("TransientAgencyException", "Cannot connect to server(s)");
        });
    }
}
