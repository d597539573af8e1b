package org.citizenshop.integration.iss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.apache.camel.RoutesBuilder;
import org.citizenshop.application.port.RegistryUnavailableException;
import org.citizenshop.application.port.SocialSecurityRegistry;
import org.citizenshop.integration.testing.LookupRouteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The social security's beneficiary lookup over real HTTP against a scripted agency (agency/iss/beneficiary-*). */
class IssSocialSecurityRegistryTest extends LookupRouteTest {

    private static final String UNAVAILABLE = "The registry of ISS cannot be asked now: ";

    private SocialSecurityRegistry registry;

    IssSocialSecurityRegistryTest() {
        super("iss");
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new IssBeneficiaryLookupRoute(new IssBeneficiaryTranslator());
    }

    @Override
    protected void startAgainst(String url) {
        super.startAgainst(url);
        registry = new IssSocialSecurityRegistry(template(), circuit);
    }

    private Optional<SocialSecurityRegistry.Beneficiary> lookUp() {
        return registry.lookUp(DECEASED, PURPOSE, CORRELATION_ID);
    }

    @Test
    void aBeneficiary_isAskedForWithCorrelationIdAndPurpose_andTranslated() {
        agency.answers(200, "beneficiary-deceased.json");
        start();

        assertThat(lookUp()).contains(new SocialSecurityRegistry.Beneficiary(DECEASED, "12000000062"));
        assertThat(agency.received).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/iss/v1/beneficiaries/" + DECEASED);
            assertThat(request.header("X-Correlation-Id")).isEqualTo(CORRELATION_ID);
            assertThat(request.header("X-Purpose")).isEqualTo(PURPOSE);
        });
    }

    @Test
    void nobodyWithTheNumber_isNoBeneficiary_notAnError() {
        agency.answers(404, "beneficiary-unknown.json");
        start();

        assertThat(lookUp()).isEmpty();
    }

    @Test
    void a404ThatIsNotTheAgencysAnswer_isUnavailable() {
        agency.answers(404, "beneficiary-maintenance.html");
        start();

        assertThatThrownBy(this::lookUp)
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessage(UNAVAILABLE + "it answered HTTP 404 without saying that nobody has the number");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "beneficiary-maintenance.html     | its answer is not a JSON object",
                "beneficiary-other-person.json    | its answer is about another person",
                "beneficiary-bad-niss.json        | its answer's niss fails its rule",
                "beneficiary-employer-niss.json   | its answer's niss is not a person's",
                "beneficiary-wrong-types.json     | its answer's civilIdNumber is not text",
                "beneficiary-without-niss.json    | its answer has no niss",
            })
    void anAnswerThatCannotBeTrusted_isUnavailable_withAShortReason(String sample, String reason) {
        agency.answers(200, sample);
        start();

        assertThatThrownBy(this::lookUp)
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessage(UNAVAILABLE + reason)
                .satisfies(unavailable ->
                        assertThat(unavailable.getMessage()).doesNotContain("120000000", "16613186097", "Exemplo"));
    }

    @Test
    void aDownAgency_isUnavailable_andCountsAgainstItsCircuit() {
        agency.answers(503, "beneficiary-down.json");
        agency.answers(200, "beneficiary-deceased.json");
        start();

        assertThatThrownBy(this::lookUp)
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessage(UNAVAILABLE + "it answered HTTP 503");
        assertThat(lookUp()).as("the next lookup asks again").isPresent();
        assertThat(agency.received).hasSize(2);
    }
}
