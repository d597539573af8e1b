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
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.citizenshop.application.TaskDispatch;
import org.citizenshop.application.TaskReport;
import org.citizenshop.application.port.AgencyRateLimits;
import org.citizenshop.domain.model.agencyrequest.RequestKey;
import org.citizenshop.infrastructure.time.ClockProducer;
import org.citizenshop.integration.camel.CamelBootstrap;
import org.citizenshop.integration.testing.RecordingOutcomes;
import org.citizenshop.integration.testing.Tasks;
import org.junit.jupiter.api.Test;

/**
 * Each agency's rate limit: Camel's throttle in requests-per-second mode, one state per agency, and
 * what delivery does with a task over the limit (due again later, not an attempt).
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
                    // The throttle keeps time in whole milliseconds of the wall clock, the test in nanoseconds.
                    .isGreaterThanOrEqualTo(Duration.ofMillis(AgencyRateLimitRoute.PERIOD_MS - 1));
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
        AgencyCircuit circuit = new AgencyCircuit(1, Duration.ZERO, clock);
        TaskDelivery delivery = delivery(new AgencyRateLimit(agency -> 50, clock), circuit);
        circuit.failed("AT");
        // A task of a connector with no route: abandoned without calling the agency.
        TaskDispatch unroutable = Tasks.taskOf(
                RequestKey.generate().value(), "at-fax", "AT-NIF", "12345678", "child.civilId", "40000001");
        TaskDispatch next = task();
        MockEndpoint at = getMockEndpoint("mock:at");
        at.expectedMessageCount(1);
        List<TaskReport> reports = new ArrayList<>();

        delivery.deliver(unroutable, reports);
        delivery.deliver(next, reports);

        at.assertIsSatisfied();
        assertThat(recorded(reports))
                .as("the trial of the unroutable task was given back: the next task went at once")
                .extracting(RecordingOutcomes.Outcome::key, RecordingOutcomes.Outcome::kind)
                .containsExactly(tuple(unroutable.key(), "abandoned"));
        assertThat(circuit.states())
                .as("the next task's answer closed the circuit")
                .containsEntry("AT", "CLOSED");
    }

    private TaskDelivery delivery(AgencyRateLimit limits, AgencyCircuit circuit) {
        CamelBootstrap camel = new CamelBootstrap() {
            @Override
            public ProducerTemplate template() {
                return AgencyRateLimitTest.this.template();
            }
        };
        limits.camel = camel;
        TaskDelivery delivery = new TaskDelivery();
        delivery.camel = camel;
        delivery.circuit = circuit;
        delivery.limits = limits;
        return delivery;
    }

    private static TaskDispatch task() {
        return Tasks.taskOf(
                RequestKey.generate().value(), "at-soap", "AT-NIF", "12345678", "child.civilId", "40000001");
    }

    /** What the application would record of these reports. */
    private static List<RecordingOutcomes.Outcome> recorded(List<TaskReport> reports) {
        RecordingOutcomes application = new RecordingOutcomes();
        reports.forEach(report -> report.to(application));
        return application.reported;
    }

    @Test
    void aTaskOverTheLimit_isDueAgainInItsOwnSlotAtTheRate_andIsNoAttempt() throws Exception {
        // The application's clock ticks in microseconds (it once made holding back throw / by zero).
        Clock clock = ClockProducer.microseconds(Clock.fixed(T0, ZoneOffset.UTC));
        AgencyRateLimit limits = new AgencyRateLimit(agency -> Map.of("AT", 2).getOrDefault(agency, 50), clock);
        AgencyCircuit circuit = new AgencyCircuit(5, Duration.ofSeconds(20), clock);
        TaskDelivery delivery = delivery(limits, circuit);
        MockEndpoint at = getMockEndpoint("mock:at");
        at.expectedMessageCount(2);
        List<TaskReport> reports = new ArrayList<>();

        List<TaskDispatch> tasks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            TaskDispatch task = task();
            tasks.add(task);
            delivery.deliver(task, reports);
        }

        at.assertIsSatisfied();
        assertThat(at.getExchanges())
                .as("the two that went are the first two")
                .extracting(exchange ->
                        exchange.getMessage().getBody(TaskDispatch.class).key())
                .containsExactly(tasks.get(0).key(), tasks.get(1).key());
        assertThat(recorded(reports))
                .as("the other three are due again, each in its own slot, half a second apart; no attempt failed")
                .extracting(
                        RecordingOutcomes.Outcome::key,
                        RecordingOutcomes.Outcome::kind,
                        RecordingOutcomes.Outcome::detail)
                .containsExactly(
                        tuple(
                                tasks.get(2).key(),
                                "deferred",
                                Duration.ofMillis(500).toString()),
                        tuple(
                                tasks.get(3).key(),
                                "deferred",
                                Duration.ofMillis(1000).toString()),
                        tuple(
                                tasks.get(4).key(),
                                "deferred",
                                Duration.ofMillis(1500).toString()));
        assertThat(circuit.states()).containsEntry("AT", "CLOSED");
        assertThat(limits.of("AT")).isEqualTo(new AgencyRateLimits.RateLimit(2, 3));
        assertThat(limits.of("IRN").perSecond()).isEqualTo(50);
    }
}
