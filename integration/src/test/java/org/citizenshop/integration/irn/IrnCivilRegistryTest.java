package org.citizenshop.integration.irn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.citizenshop.application.port.CivilRegistry;
import org.citizenshop.application.port.RegistryUnavailableException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.integration.camel.AgencyErrorHandling;
import org.citizenshop.integration.camel.AgencyHttp;
import org.citizenshop.integration.delivery.AgencyCircuit;
import org.citizenshop.integration.delivery.OutcomeRecorder;
import org.citizenshop.integration.testing.RecordingOutcomes;
import org.citizenshop.integration.testing.ScriptedAgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The civil registry's records through the lookup route, over real HTTP against a scripted registry
 * (sample answers under agency/irn/record-*). The delivery routes' error handling is in the context
 * too, to show that it plays no part in a lookup.
 */
class IrnCivilRegistryTest extends CamelTestSupport {

    private static final String CIVIL_ID = "12345678";
    private static final String PURPOSE = "prefill BIRTH for case form";
    private static final String CORRELATION_ID = "3f2a9c1e-5b7d-4e21-9a0c-8d6f1b2e4c70";
    /** Short beside the 10 s of deliveries, long enough for a cold test JVM. */
    private static final long LOOKUP_TIMEOUT_MS = 1500;

    private static final int FAILURES_TO_OPEN = 2;
    private static final String UNAVAILABLE = "The registry of IRN cannot be asked now: ";

    private final ScriptedAgency registry = new ScriptedAgency("irn");
    private final RecordingOutcomes outcomes = new RecordingOutcomes();
    private final AgencyCircuit circuit = new AgencyCircuit(
            FAILURES_TO_OPEN,
            Duration.ofMinutes(1),
            Clock.fixed(Instant.parse("2026-11-27T10:15:30Z"), ZoneOffset.UTC));
    private final Logger log = Logger.getLogger(IrnCivilRegistry.class.getName());
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler logHandler = new Handler() {
        @Override
        public void publish(LogRecord entry) {
            logged.add(entry.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private CivilRegistry civilRegistry;

    @Override
    public void configureTest(TestExecutionConfiguration test) {
        super.configureTest(test);
        test.withUseAdviceWith(true);
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        OutcomeRecorder recorder = new OutcomeRecorder(outcomes, outcomes, outcomes);
        return new RoutesBuilder[] {
            new AgencyErrorHandling(recorder), new IrnCitizenLookupRoute(new IrnRecordTranslator())
        };
    }

    @BeforeEach
    void listenToTheLog() {
        log.addHandler(logHandler);
    }

    @AfterEach
    void stopRegistry() {
        log.removeHandler(logHandler);
        registry.close();
    }

    /** Points the route at {@code url}, with a long general response timeout and a short lookup timeout. */
    private void startAgainst(String url) {
        Properties properties = new Properties();
        properties.setProperty("agency.irn.url", url);
        properties.setProperty("agency.irn.lookup-timeout-ms", String.valueOf(LOOKUP_TIMEOUT_MS));
        properties.setProperty("agency.http.connect-timeout-ms", "1000");
        properties.setProperty("agency.http.response-timeout-ms", "10000");
        properties.setProperty("agency.retry.maximum-redeliveries", "3");
        properties.setProperty("agency.retry.initial-delay-ms", "5");
        properties.setProperty("agency.retry.backoff-multiplier", "2");
        context().getPropertiesComponent().setOverrideProperties(properties);
        AgencyHttp.configure(context());
        context().start();
        civilRegistry = new IrnCivilRegistry(template(), circuit);
    }

    private void start() {
        startAgainst(registry.url());
    }

    private Optional<CivilRegistry.Record> lookUp() {
        return civilRegistry.lookUp(CIVIL_ID, PURPOSE, CORRELATION_ID);
    }

    @Test
    void aRecord_isAskedForWithCorrelationIdAndPurpose_andTranslated() {
        registry.answers(200, "record-married.json");
        start();

        Optional<CivilRegistry.Record> record = lookUp();

        assertThat(record)
                .contains(new CivilRegistry.Record(
                        "12345678",
                        "Cidadã Exemplo Um",
                        LocalDate.of(1985, 3, 14),
                        "Rua Augusta 10, 1100-053 Lisboa",
                        "MARRIED",
                        "30000001"));
        assertThat(registry.received).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.path()).isEqualTo("/irn/v1/citizens/12345678/record");
            assertThat(request.query()).isNull();
            assertThat(request.header("X-Correlation-Id")).isEqualTo(CORRELATION_ID);
            assertThat(request.header("X-Purpose")).isEqualTo(PURPOSE);
            assertThat(request.header("Accept")).isEqualTo("application/json");
            assertThat(request.headers().keySet())
                    .noneMatch(name -> name.toLowerCase().startsWith("camel"));
            assertThat(request.body()).isEmpty();
        });
        assertThat(circuit.states()).containsEntry("IRN", "CLOSED");
    }

    @Test
    void anUnmarriedPerson_hasNoPartner() {
        registry.answers(200, "record-unmarried.json");
        start();

        Optional<CivilRegistry.Record> record = civilRegistry.lookUp("30000004", PURPOSE, CORRELATION_ID);

        assertThat(record).hasValueSatisfying(found -> {
            assertThat(found.maritalStatus()).isEqualTo("UNMARRIED");
            assertThat(found.partnerCivilId()).isNull();
            assertThat(found.address()).isEqualTo("Rua de São Bento 200, 1200-821 Lisboa");
        });
    }

    @Test
    void nobodyWithTheNumber_isNoRecord() {
        registry.answers(404, "record-unknown.json");
        start();

        assertThat(lookUp()).isEmpty();
        assertThat(circuit.states()).containsEntry("IRN", "CLOSED");
    }

    @Test
    void a404ThatIsNotTheRegistrysAnswer_isUnavailable_notNoRecord() {
        registry.answersRaw(404, "text/html", "<html><body>Not Found</body></html>");
        start();

        assertThatThrownBy(this::lookUp)
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessage(UNAVAILABLE + "it answered HTTP 404 without saying that nobody has the number");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "record-malformed.json                  | its answer is not a JSON object",
                "record-maintenance.html                | its answer is not a JSON object",
                "record-hostile-deep-nesting.json       | its answer is not a JSON object",
                "record-bad-postal-code.json            | its answer's address has no valid postal code",
                "record-no-postal-code.json             | its answer's address has no postal code",
                "record-wrong-types.json                | its answer's civilIdNumber is not text",
                "record-bad-civil-id.json               | its answer's civilIdNumber is not a civil ID number",
                "record-bad-partner-civil-id.json       | its answer's partnerCivilIdNumber is not a civil ID number",
                "record-other-person.json               | its answer is about another person",
                "record-bad-date.json                   | its answer's birthDate is not a date",
                "record-unknown-marital-status.json     | its answer's maritalStatus is none the registry has",
                "record-unmarried-with-partner.json     | its answer gives an unmarried person a partner",
                "record-without-name.json               | its answer has no fullName",
                "record-hostile-control-characters.json"
                        + " | its answer's fullName is empty, too long or has control characters",
            })
    void anAnswerThatCannotBeTrusted_isUnavailable_withAShortReasonAndNoPersonalData(String sample, String reason) {
        registry.answers(200, sample);
        start();

        String civilId = sample.contains("unmarried") ? "30000004" : CIVIL_ID;
        assertThatThrownBy(() -> civilRegistry.lookUp(civilId, PURPOSE, CORRELATION_ID))
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessage(UNAVAILABLE + reason)
                .satisfies(unavailable -> assertThat(unavailable.getMessage())
                        .doesNotContain("Exemplo", "Rua", "1985", "30000001", "Back soon"));
        assertThat(registry.received).hasSize(1);
        assertThat(circuit.states()).as("the registry answered").containsEntry("IRN", "CLOSED");
    }

    @Test
    void aRecordTooLargeToBeOne_isUnavailable() {
        registry.answersRaw(200, "{\"fullName\":\"" + "a".repeat(IrnRecordTranslator.MAX_ANSWER_LENGTH) + "\"}");
        start();

        assertThatThrownBy(this::lookUp)
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessage(UNAVAILABLE + "its answer is too large to be a record");
    }

    @Test
    void aRefusedLookup_isUnavailable_namingTheRegistrysCode() {
        registry.answers(400, "record-refused-missing-purpose.json");
        start();

        assertThatThrownBy(this::lookUp)
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessage(UNAVAILABLE + "it refused the lookup: HTTP 400 MISSING_PURPOSE");
        assertThat(registry.received).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 503, 429})
    void aRegistryThatCannotAnswerNow_isUnavailable_withoutRetries_andCountsAgainstTheCircuit(int status) {
        registry.answers(status, "down.json");
        registry.answers(200, "record-married.json");
        start();

        assertThatThrownBy(this::lookUp)
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessage(UNAVAILABLE + "it answered HTTP " + status);
        assertThat(registry.received).hasSize(1);
        assertThat(outcomes.reported).as("no delivery error handling ran").isEmpty();
        assertThat(lookUp()).as("the next lookup asks again").isPresent();
    }

    @Test
    void aSilentRegistry_isGivenUpAfterTheLookupTimeout_notTheDeliveryTimeout() throws Exception {
        // Connections wait in the backlog: the request goes out and no answer ever comes.
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            startAgainst("http://127.0.0.1:" + silent.getLocalPort());
            Instant asked = Instant.now();

            assertThatThrownBy(this::lookUp)
                    .isInstanceOf(RegistryUnavailableException.class)
                    .hasMessage(UNAVAILABLE + "it did not answer in time");

            assertThat(Duration.between(asked, Instant.now()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(LOOKUP_TIMEOUT_MS))
                    .isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void anUnreachableRegistry_isUnavailable() {
        String url = registry.url();
        registry.close();
        startAgainst(url);

        assertThatThrownBy(this::lookUp)
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessage(UNAVAILABLE + "it cannot be reached")
                .hasRootCauseInstanceOf(java.net.ConnectException.class);
    }

    @Test
    void whileTheCircuitIsOpen_theRegistryIsNotAsked() {
        for (int failure = 0; failure < FAILURES_TO_OPEN; failure++) {
            registry.answers(503, "down.json");
        }
        registry.answers(200, "record-married.json");
        start();
        for (int failure = 0; failure < FAILURES_TO_OPEN; failure++) {
            assertThatThrownBy(this::lookUp).isInstanceOf(RegistryUnavailableException.class);
        }

        assertThatThrownBy(this::lookUp)
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessage(UNAVAILABLE + "it failed repeatedly and is given a pause");
        assertThat(registry.received).hasSize(FAILURES_TO_OPEN);
        assertThat(circuit.states()).containsEntry("IRN", "OPEN");
    }

    @Test
    void theLog_namesTheCorrelationIdAndTheOutcome_neverWhomOrWhy() {
        registry.answers(200, "record-married.json");
        registry.answers(200, "record-bad-postal-code.json");
        start();

        lookUp();
        assertThatThrownBy(this::lookUp).isInstanceOf(RegistryUnavailableException.class);

        assertThat(logged).hasSize(2);
        assertThat(logged.get(0)).contains(CORRELATION_ID).contains("FOUND");
        assertThat(logged.get(1)).contains(CORRELATION_ID).contains("UNAVAILABLE");
        assertThat(logged).allSatisfy(line -> assertThat(line)
                .doesNotContain(CIVIL_ID, "30000001", "Exemplo", "Rua Augusta", "1985", PURPOSE));
    }

    @Test
    void theRoutesAnswer_carriesTheRecordAlone() throws Exception {
        registry.answers(200, "record-married.json");
        AdviceWith.adviceWith(context(), IrnCitizenLookupRoute.ROUTE_ID, route -> route.weaveAddLast()
                .to("mock:answer"));
        MockEndpoint answer = getMockEndpoint("mock:answer");
        answer.expectedMessageCount(1);
        start();

        lookUp();

        answer.assertIsSatisfied();
        assertThat(answer.getReceivedExchanges().get(0).getMessage().getHeaders())
                .as("nothing of the HTTP exchange leaves the route")
                .isEqualTo(Map.of());
    }

    @Test
    void aQueryThatCouldNotBeSentSafely_isRefusedBeforeAsking() {
        start();

        assertThatThrownBy(() -> civilRegistry.lookUp(CIVIL_ID, "prefill\r\nX-Forged: 1", CORRELATION_ID))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> civilRegistry.lookUp(CIVIL_ID, " ", CORRELATION_ID))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> civilRegistry.lookUp(CIVIL_ID, PURPOSE, "not a correlation id"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> civilRegistry.lookUp("1234/../x", PURPOSE, CORRELATION_ID))
                .isInstanceOf(InvalidInputException.class);
        assertThat(registry.received).isEmpty();
    }
}
