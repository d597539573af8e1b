package org.citizenshop.integration.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.citizenshop.application.port.HealthRegistry;
import org.citizenshop.application.port.RegistryUnavailableException;
import org.citizenshop.integration.testing.LookupRouteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The health service's FHIR patient search over real HTTP against a scripted agency (agency/sns/search-*). */
class SnsHealthRegistryTest extends LookupRouteTest {

    private static final String UNAVAILABLE = "The registry of SNS cannot be asked now: ";

    private HealthRegistry registry;

    SnsHealthRegistryTest() {
        super("sns");
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new SnsPatientLookupRoute(new SnsPatientLookupTranslator());
    }

    @Override
    protected void startAgainst(String url) {
        super.startAgainst(url);
        registry = new SnsHealthRegistry(template(), circuit);
    }

    private Optional<HealthRegistry.User> lookUp() {
        return registry.lookUp(DECEASED, PURPOSE, CORRELATION_ID);
    }

    @Test
    void aPatient_isSearchedByCivilId_withCorrelationIdAndPurpose_andHisSnsNumberTranslated() {
        agency.answers(200, "search-deceased.fhir.json");
        start();

        assertThat(lookUp()).contains(new HealthRegistry.User(DECEASED, "300000066"));
        assertThat(agency.received).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.path()).isEqualTo("/sns/fhir/Patient");
            assertThat(request.query()).isEqualTo("identifier=urn%3Apt%3Airn%3Acivil-id%7C" + DECEASED);
            assertThat(request.header("Accept")).isEqualTo("application/fhir+json");
            assertThat(request.header("X-Correlation-Id")).isEqualTo(CORRELATION_ID);
            assertThat(request.header("X-Purpose")).isEqualTo(PURPOSE);
        });
    }

    @Test
    void anEmptySearchset_isNoPatient_notAnError() {
        agency.answers(200, "search-empty.fhir.json");
        start();

        assertThat(lookUp()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "search-malformed.fhir.json       | its answer is not a FHIR resource",
                "search-not-a-bundle.fhir.json    | its answer is not a Bundle",
                "search-not-a-patient.fhir.json   | its answer holds something else than patients",
                "search-two-patients.fhir.json    | its answer holds more than one patient",
                "search-other-person.fhir.json    | its answer is about another person",
                "search-no-sns-number.fhir.json   | its answer's patient has no single SNS number",
                "search-bad-sns-number.fhir.json  | its answer's SNS number fails its rule",
            })
    void anAnswerThatCannotBeTrusted_isUnavailable_withAShortReason(String sample, String reason) {
        agency.answers(200, sample);
        start();

        assertThatThrownBy(this::lookUp)
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessage(UNAVAILABLE + reason)
                .satisfies(unavailable ->
                        assertThat(unavailable.getMessage()).doesNotContain("300000066", "30000005", "Exemplo"));
        assertThat(circuit.states()).as("the agency answered").containsEntry("SNS", "CLOSED");
    }

    @Test
    void aRefusedSearch_isUnavailable_namingTheAgencysCode() {
        agency.answers(400, "search-refused-missing-purpose.fhir.json");
        start();

        assertThatThrownBy(this::lookUp)
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessage(UNAVAILABLE + "it refused the lookup: HTTP 400 MISSING_PURPOSE");
    }

    @Test
    void aDownAgency_isUnavailable_andCountsAgainstItsCircuit() {
        agency.answers(503, "search-down.fhir.json");
        start();

        assertThatThrownBy(this::lookUp)
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessage(UNAVAILABLE + "it answered HTTP 503");
        assertThat(circuit.states()).containsEntry("SNS", "CLOSED");
    }

    @Test
    void theRoutesAnswer_carriesTheUserAlone() throws Exception {
        agency.answers(200, "search-deceased.fhir.json");
        AdviceWith.adviceWith(context(), SnsPatientLookupRoute.ROUTE_ID, route -> route.weaveAddLast()
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
}
