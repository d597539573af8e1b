package org.citizenshop.integration.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.citizenshop.application.TaskDispatch;
import org.citizenshop.application.port.AgencyDispatch;
import org.citizenshop.application.port.AgencyRateLimits;
import org.citizenshop.domain.model.agencyrequest.RequestKey;
import org.citizenshop.domain.model.catalogue.AgencyCode;
import org.citizenshop.infrastructure.time.ClockProducer;
import org.citizenshop.integration.camel.CamelBootstrap;
import org.citizenshop.integration.testing.RecordingOutcomes;
import org.citizenshop.integration.testing.Tasks;
import org.junit.jupiter.api.Test;

/**
 * Each agency's rate limit: Camel's throttle in requests-per-second mode, one state per agency, and
 * what delivery does with a task over the limit (holds it back on the queue, not an attempt).
 */
class AgencyRateLimitTest extends CamelTestSupport {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {
            new AgencyRateLimitRoute(),
            new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:" + TaskDelivery.routeOf("at-soap"))
                            .routeId(TaskDelivery.routeOf("at-soap"))
                            .to("mock:at");
                }
            }
        };
    }

    /** One permit asked for, timed: when the ask started and when it was answered (nanoTime). */
    private record Ask(long startedNanos, long answeredNanos, boolean admitted) {}

    private static Ask ask(ProducerTemplate template, String agency, int perSecond) {
        long started = System.nanoTime();
        boolean admitted = AgencyRateLimitRoute.admits(template, agency, perSecond);
        return new Ask(started, System.nanoTime(), admitted);
    }

    @Test
    void deliveriesOverTheRate_areRefusedAtOnce_andNoMoreThanTheRateGoInAnySecond() {
        int perSecond = 4;
        int wanted = 12;
        List<Ask> admitted = new CopyOnWriteArrayList<>();
        List<Ask> refused = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();

        // As fast as the test asks, every 10 ms, until 12 went: the throttle answers each ask at once.
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(10))
                .until(() -> {
                    Ask asked = ask(template(), "AT", perSecond);
                    (asked.admitted() ? admitted : refused).add(asked);
                    return admitted.size() >= wanted;
                });

        assertThat(refused)
                .as("asks over the limit are refused, not kept waiting")
                .isNotEmpty();
        assertThat(refused).allSatisfy(ask -> assertThat(Duration.ofNanos(ask.answeredNanos() - ask.startedNanos()))
                .isLessThan(Duration.ofMillis(500)));
        // Any permit's next use is a whole period after it was taken: the 5th admission comes at least a
        // second after the 1st was asked, the 9th after the 5th, and so on.
        for (int i = 0; i + perSecond < admitted.size(); i++) {
            assertThat(Duration.ofNanos(admitted.get(i + perSecond).answeredNanos()
                            - admitted.get(i).startedNanos()))
                    .as("admissions %d and %d", i + 1, i + 1 + perSecond)
                    .isGreaterThanOrEqualTo(Duration.ofMillis(AgencyRateLimitRoute.PERIOD_MS));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("12 at 4 a second: the last four wait for the third second")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void anAgencyAtItsLimit_doesNotHoldBackAnother() {
        int asked = 0;
        while (ask(template(), "AT", 2).admitted()) {
            asked++;
            assertThat(asked).as("AT's limit is reached within a few asks").isLessThan(20);
        }

        assertThat(ask(template(), "IRN", 2).admitted()).isTrue();
        assertThat(ask(template(), "IRN", 2).admitted()).isTrue();
    }

    @Test
    void aTrialDeliveryThatDoesNotCallTheAgency_givesTheTrialBack() throws Exception {
        Clock clock = ClockProducer.microseconds(Clock.fixed(T0, ZoneOffset.UTC));
        Application application = new Application();
        AgencyCircuit circuit = new AgencyCircuit(1, Duration.ZERO, clock);
        TaskDelivery delivery = delivery(application, new AgencyRateLimit(agency -> 50, clock), circuit);
        circuit.failed("AT");
        String answered = RequestKey.generate().value();
        application.answered.add(answered);
        String next = RequestKey.generate().value();
        MockEndpoint at = getMockEndpoint("mock:at");
        at.expectedMessageCount(1);

        delivery.deliver(answered, "AT");
        delivery.deliver(next, "AT");

        at.assertIsSatisfied();
        assertThat(application.later)
                .as("the trial of the answered task was given back: the next task tried at once")
                .isEmpty();
        assertThat(circuit.states())
                .as("the next task's answer closed the circuit")
                .containsEntry("AT", "CLOSED");
    }

    private TaskDelivery delivery(Application application, AgencyRateLimit limits, AgencyCircuit circuit) {
        CamelBootstrap camel = new CamelBootstrap() {
            @Override
            public ProducerTemplate template() {
                return AgencyRateLimitTest.this.template();
            }
        };
        limits.camel = camel;
        TaskDelivery delivery = new TaskDelivery();
        delivery.outcomes = application;
        delivery.camel = camel;
        delivery.circuit = circuit;
        delivery.agencies = application;
        delivery.limits = limits;
        return delivery;
    }

    /** Stands in for the application: the task to deliver, and the deliveries handed back to the queue. */
    private static final class Application extends RecordingOutcomes implements AgencyDispatch {

        record Later(String key, String agency, Duration delay) {}

        final List<Later> later = new CopyOnWriteArrayList<>();

        /** The tasks read for delivery, in order. */
        final List<String> read = new CopyOnWriteArrayList<>();

        /** Tasks whose answer is already recorded: a delivery of one does nothing. */
        final Set<String> answered = ConcurrentHashMap.newKeySet();

        @Override
        public TaskDispatch dispatch(String key) {
            read.add(key);
            TaskDispatch task = Tasks.taskOf(key, "at-soap", "AT-NIF", "12345678", "child.civilId", "40000001");
            return answered.contains(key)
                    ? new TaskDispatch(
                            task.key(),
                            task.caseReference(),
                            task.agency(),
                            task.service(),
                            task.connector(),
                            task.shop(),
                            task.applicantCivilId(),
                            task.fields(),
                            true)
                    : task;
        }

        @Override
        public void handOff(RequestKey key, AgencyCode agency) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void handOffLater(RequestKey key, AgencyCode agency, Duration delay) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void handOffTask(RequestKey key, AgencyCode agency) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void handOffTaskLater(RequestKey key, AgencyCode agency, Duration delay) {
            later.add(new Later(key.value(), agency.value(), delay));
        }
    }

    @Test
    void aTaskOverTheLimit_goesBackToTheQueue_inItsOwnSlotAtTheRate_andIsNoAttempt() throws Exception {
        // The application's clock ticks in microseconds (it once made holding back throw / by zero).
        Clock clock = ClockProducer.microseconds(Clock.fixed(T0, ZoneOffset.UTC));
        Application application = new Application();
        AgencyRateLimit limits = new AgencyRateLimit(agency -> Map.of("AT", 2).getOrDefault(agency, 50), clock);
        TaskDelivery delivery = delivery(application, limits, new AgencyCircuit(5, Duration.ofSeconds(20), clock));
        MockEndpoint at = getMockEndpoint("mock:at");
        at.expectedMessageCount(2);

        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String key = RequestKey.generate().value();
            keys.add(key);
            delivery.deliver(key, "AT");
        }

        at.assertIsSatisfied();
        assertThat(application.later)
                .as("the other three wait on the queue, each in its own slot, half a second apart")
                .extracting(Application.Later::key, Application.Later::agency, Application.Later::delay)
                .containsExactly(
                        tuple(keys.get(2), "AT", Duration.ofMillis(500)),
                        tuple(keys.get(3), "AT", Duration.ofMillis(1000)),
                        tuple(keys.get(4), "AT", Duration.ofMillis(1500)));
        assertThat(application.reported).as("no attempt failed, none counted").isEmpty();
        assertThat(application.read)
                .as("a task held back is not read: only the two that went")
                .containsExactly(keys.get(0), keys.get(1));
        assertThat(delivery.circuit.states()).containsEntry("AT", "CLOSED");
        assertThat(limits.of("AT")).isEqualTo(new AgencyRateLimits.RateLimit(2, 3));
        assertThat(limits.of("IRN").perSecond()).isEqualTo(50);
    }
}
