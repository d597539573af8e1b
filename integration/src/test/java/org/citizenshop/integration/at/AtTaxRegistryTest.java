package org.citizenshop.integration.at;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.camel.RoutesBuilder;
import org.citizenshop.application.port.RegistryUnavailableException;
import org.citizenshop.application.port.TaxRegistry;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.integration.testing.LookupRouteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The tax authority's taxpayer lookup over real HTTP against a scripted agency (samples agency/at/taxpayer-*). */
class AtTaxRegistryTest extends LookupRouteTest {

    private static final String UNAVAILABLE = "The registry of AT cannot be asked now: ";

    private TaxRegistry registry;

    AtTaxRegistryTest() {
        super("at");
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new AtTaxpayerLookupRoute(new AtTaxpayerTranslator());
    }

    @Override
    protected void startAgainst(String url) {
        super.startAgainst(url);
        registry = new AtTaxRegistry(template(), circuit);
    }

    private Optional<TaxRegistry.Taxpayer> lookUp() {
        return registry.lookUp(DECEASED, PURPOSE, CORRELATION_ID);
    }

    @Test
    void aTaxpayer_isAskedForWithCorrelationIdAndPurpose_andTranslated() {
        agency.answers(200, "taxpayer-deceased.json");
        start();

        assertThat(lookUp()).contains(new TaxRegistry.Taxpayer(DECEASED, "130000060", 4));
        assertThat(agency.received).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.path()).isEqualTo("/at/v1/taxpayers/" + DECEASED);
            assertThat(request.header("X-Correlation-Id")).isEqualTo(CORRELATION_ID);
            assertThat(request.header("X-Purpose")).isEqualTo(PURPOSE);
            assertThat(request.header("Accept")).isEqualTo("application/json");
            assertThat(request.headers().keySet())
                    .noneMatch(name -> name.toLowerCase().startsWith("camel"));
        });
        assertThat(circuit.states()).containsEntry("AT", "CLOSED");
    }

    @Test
    void nobodyWithTheNumber_isNoTaxpayer_notAnError() {
        agency.answers(404, "taxpayer-unknown.json");
        start();

        assertThat(lookUp()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "taxpayer-malformed.json                  | its answer is not a JSON object",
                "taxpayer-hostile-deep-nesting.json       | its answer is not a JSON object",
                "taxpayer-other-person.json               | its answer is about another person",
                "taxpayer-bad-nif.json                    | its answer's nif fails its rule",
                "taxpayer-company-nif.json                | its answer's nif is not a person's",
                "taxpayer-wrong-types.json                | its answer's nif is not text",
                "taxpayer-bracket-out-of-range.json       | its answer's householdIncomeBracket is out of range",
                "taxpayer-bracket-not-a-number.json       | its answer's householdIncomeBracket is not a whole number",
                "taxpayer-hostile-control-characters.json"
                        + " | its answer's nif is empty, too long or has control characters",
            })
    void anAnswerThatCannotBeTrusted_isUnavailable_withAShortReasonAndNoPersonalData(String sample, String reason) {
        agency.answers(200, sample);
        start();

        assertThatThrownBy(this::lookUp)
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessage(UNAVAILABLE + reason)
                .satisfies(unavailable -> assertThat(unavailable.getMessage())
                        .doesNotContain("1300000", "Exemplo", "30000005", "559083017"));
        assertThat(circuit.states()).as("the agency answered").containsEntry("AT", "CLOSED");
    }

    @Test
    void aRefusedLookup_isUnavailable_namingTheAgencysCode() {
        agency.answers(400, "taxpayer-refused-missing-purpose.json");
        start();

        assertThatThrownBy(this::lookUp)
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessage(UNAVAILABLE + "it refused the lookup: HTTP 400 MISSING_PURPOSE");
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 503})
    void anAgencyThatCannotAnswerNow_isUnavailable_withoutRetries_andOpensTheCircuit(int status) {
        for (int failure = 0; failure < FAILURES_TO_OPEN; failure++) {
            agency.answers(status, "fault-server.xml");
        }
        agency.answers(200, "taxpayer-deceased.json");
        start();
        for (int failure = 0; failure < FAILURES_TO_OPEN; failure++) {
            assertThatThrownBy(this::lookUp)
                    .isInstanceOf(RegistryUnavailableException.class)
                    .hasMessage(UNAVAILABLE + "it answered HTTP " + status);
        }

        assertThatThrownBy(this::lookUp)
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessage(UNAVAILABLE + "it failed repeatedly and is given a pause");
        assertThat(agency.received).hasSize(FAILURES_TO_OPEN);
        assertThat(circuit.states()).containsEntry("AT", "OPEN");
    }

    @Test
    void aSilentAgency_isGivenUpAfterTheLookupTimeout() throws Exception {
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
    void aQueryThatCouldNotBeSentSafely_isRefusedBeforeAsking() {
        start();

        assertThatThrownBy(() -> registry.lookUp(DECEASED, "prefill\r\nX-Forged: 1", CORRELATION_ID))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.lookUp("1234/../x", PURPOSE, CORRELATION_ID))
                .isInstanceOf(InvalidInputException.class);
        assertThat(agency.received).isEmpty();
    }
}
