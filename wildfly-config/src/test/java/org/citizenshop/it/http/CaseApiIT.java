package org.citizenshop.it.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citizenshop.it.http.CustomerDisplays.consented;
import static org.citizenshop.it.http.Endpoints.SIMULATOR;
import static org.citizenshop.it.http.Endpoints.api;
import static org.citizenshop.it.http.Endpoints.kioskToken;
import static org.citizenshop.it.http.Endpoints.object;
import static org.citizenshop.it.http.Endpoints.post;
import static org.citizenshop.it.http.Endpoints.send;
import static org.citizenshop.it.http.Endpoints.tokenOf;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.citizenshop.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A birth submitted once through the API, carried by the integration layer to four agencies of four
 * shapes (civil registry REST, tax SOAP, social security batch files, health FHIR), the child's civil
 * ID from the registry feeding the others; the public tracking shows states without personal data;
 * bad forms and wrong channels are refused with every problem at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    static String birth(String givenNames, String address) {
        return """
                {"shop":"LX-LARANJEIRAS","lifeEvent":"BIRTH","chosen":[],"applicantCivilId":"12345678",
                 "data":{"child.givenNames":"%s","child.surnames":"Silva Santos","child.birthDate":"2026-11-20",
                         "child.birthTime":"08:45","child.birthPlace":"Lisboa","child.sex":"F",
                         "mother.civilId":"12345678","parents.maritalStatus":"MARRIED","address":"%s"}}
                """
                .formatted(givenNames, address);
    }

    /** A lost wallet: the citizen card and the driving licence replaced. */
    static final String LOST_WALLET =
            """
            {"shop":"LX-LARANJEIRAS","lifeEvent":"LOST-WALLET","chosen":["IRN-CC","IMT-LICENCE"],
             "applicantCivilId":"30000001",
             "data":{"cc.reason":"REPLACEMENT","cc.deliveryPlace":"THIS_SHOP","licence.number":"L-123456 7",
                     "licence.reason":"LOST"}}""";

    /** A death with its optional steps (the death grant, the heirs), the deceased known by these numbers. */
    static String death(String civilId, String nif, String snsNumber, String niss) {
        return """
                {"shop":"LX-LARANJEIRAS","lifeEvent":"DEATH","chosen":["ISS-DEATHGRANT","IRN-HEIRS"],
                 "applicantCivilId":"12345678",
                 "data":{"deceased.civilId":"%s","deceased.deathDate":"2026-11-25","deceased.deathPlace":"Lisboa",
                         "deceased.nif":"%s","deceased.snsNumber":"%s","deceased.niss":"%s",
                         "declarant.relation":"CHILD","applicant.relation":"CHILD","estate.administrator":"252601815",
                         "estate.heirs":"12345678","estate.assets":"Apartamento em Lisboa",
                         "iban":"PT50000201231234567890154"}}
                """
                .formatted(civilId, nif, snsNumber, niss);
    }

    private static JsonObject find(String reference, String token) {
        HttpResponse<String> response = send(api("/cases/" + reference)
                .header("Authorization", "Bearer " + token)
                .GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return object(response);
    }

    private static JsonObject waitFor(String reference, String token, Predicate<JsonObject> done) {
        return await("the board of " + reference)
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> find(reference, token), done::test);
    }

    private static Map<String, JsonObject> tasks(JsonObject board) {
        return board.getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(task -> task.getString("service"), task -> task));
    }

    private static String output(JsonObject task, String key) {
        return task.getJsonArray("outputs").getValuesAs(JsonObject.class).stream()
                .filter(output -> output.getString("key").equals(key))
                .map(output -> output.getString("value"))
                .findFirst()
                .orElse(null);
    }

    /** How many times the agency applied this task's request key (its effects log). */
    private static long effectsOf(String agency, JsonObject task) {
        HttpResponse<String> effects =
                send(HttpRequest.newBuilder(URI.create(SIMULATOR + "/admin/agencies/" + agency + "/effects"))
                        .GET());
        assertThat(effects.statusCode()).isEqualTo(200);
        return effects.body().split("\"requestKey\":\"" + task.getString("requestKey") + "\"", -1).length - 1L;
    }

    private static long effectsWith(String agency, String agencyReference) {
        HttpResponse<String> effects =
                send(HttpRequest.newBuilder(URI.create(SIMULATOR + "/admin/agencies/" + agency + "/effects"))
                        .GET());
        assertThat(effects.statusCode()).isEqualTo(200);
        return effects.body().split("\"agencyReference\":\"" + agencyReference + "\"", -1).length - 1L;
    }

    @Test
    void aBirth_goesToEveryAgency_onceEach_andTheChildsNumbersComeBack() {
        String clerk = tokenOf("clerk1");
        HttpResponse<String> submitted =
                post("/cases", clerk, consented(clerk, birth("Maria Inês", "Rua das Flores 10, 1000-001 Lisboa")));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        JsonObject opened = object(submitted);
        String reference = opened.getString("reference");
        assertThat(reference).matches("CS-20\\d\\d-\\d{6}");
        assertThat(submitted.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith(reference));
        assertThat(opened.getString("trackingCode")).hasSize(8);
        Map<String, JsonObject> first = tasks(opened);
        assertThat(first.keySet()).containsExactlyInAnyOrder("IRN-BIRTH", "AT-NIF", "ISS-NISS", "SNS-REGISTER");
        assertThat(first.get("AT-NIF").getString("status")).isEqualTo("PENDING");
        assertThat(first.get("AT-NIF").getBoolean("queued"))
                .as("AT-NIF waits for the birth")
                .isFalse();

        JsonObject board =
                waitFor(reference, clerk, b -> !b.getString("progress").equals("IN_PROGRESS"));

        assertThat(board.getString("progress")).as(board.toString()).isEqualTo("COMPLETED");
        Map<String, JsonObject> done = tasks(board);
        String civilId = output(done.get("IRN-BIRTH"), "child.civilId");
        assertThat(civilId).matches("\\d{8}");
        assertThat(output(done.get("AT-NIF"), "child.nif")).matches("2\\d{8}");
        assertThat(output(done.get("ISS-NISS"), "child.niss")).matches("1\\d{10}");
        assertThat(output(done.get("SNS-REGISTER"), "child.snsNumber")).matches("\\d{9}");
        done.forEach((service, task) -> {
            assertThat(task.getString("agencyReference")).as(service).isNotBlank();
            assertThat(task.containsKey("dueAt"))
                    .as(service + " has an SLA clock")
                    .isTrue();
        });
        assertThat(effectsOf("irn", done.get("IRN-BIRTH"))).isEqualTo(1);
        assertThat(effectsOf("at", done.get("AT-NIF"))).isEqualTo(1);
        assertThat(effectsOf("sns", done.get("SNS-REGISTER"))).isEqualTo(1);
        assertThat(effectsOf("iss", done.get("ISS-NISS"))).isEqualTo(1);

        // The receipt's reference and code show the same board, without the child's numbers.
        HttpResponse<String> tracked = send(api("/public/cases/" + reference + "?code="
                        + opened.getString("trackingCode").toLowerCase())
                .GET());
        assertThat(tracked.statusCode()).isEqualTo(200);
        assertThat(tracked.body()).contains("\"COMPLETED\"").doesNotContain(civilId, "agencyReference\":\"");
        assertThat(send(api("/public/cases/" + reference + "?code=ABCDEFGH").GET())
                        .statusCode())
                .isEqualTo(404);
        assertThat(send(api("/cases/" + reference).GET()).statusCode()).isEqualTo(401);
    }

    @Test
    void aCompany_andADeathWithItsOptionalSteps_completeAtEveryAgency() {
        String clerk = tokenOf("clerk1");
        HttpResponse<String> company = post(
                "/cases",
                clerk,
                consented(
                        clerk,
                        """
                {"shop":"LX-LARANJEIRAS","lifeEvent":"COMPANY","applicantCivilId":"12345678",
                 "data":{"company.name":"Padaria Exemplo, Lda","company.partners":"12345678:60;30000001:40",
                         "company.capital":"5000","company.headOffice":"Rua do Ouro 20, 1100-060 Lisboa",
                         "company.activityCode":"10711","company.accountingRegime":"SIMPLIFIED",
                         "company.startDate":"2026-12-01"}}"""));
        HttpResponse<String> death =
                post("/cases", clerk, consented(clerk, death("30000002", "123456789", "300000022", "16613186097")));
        assertThat(company.statusCode()).as(company.body()).isEqualTo(201);
        assertThat(death.statusCode()).as(death.body()).isEqualTo(201);

        JsonObject companyBoard = waitFor(object(company).getString("reference"), clerk, b -> !b.getString("progress")
                .equals("IN_PROGRESS"));
        JsonObject deathBoard = waitFor(object(death).getString("reference"), clerk, b -> !b.getString("progress")
                .equals("IN_PROGRESS"));

        assertThat(companyBoard.getString("progress"))
                .as(companyBoard.toString())
                .isEqualTo("COMPLETED");
        assertThat(output(tasks(companyBoard).get("IRN-COMPANY"), "company.nipc"))
                .matches("5\\d{8}");
        assertThat(output(tasks(companyBoard).get("ISS-EMPLOYER"), "company.employerNiss"))
                .matches("2\\d{10}");
        assertThat(deathBoard.getString("progress")).as(deathBoard.toString()).isEqualTo("COMPLETED");
        assertThat(tasks(deathBoard).keySet())
                .containsExactlyInAnyOrder("IRN-DEATH", "AT-ESTATE", "SNS-DEATH", "ISS-DEATHGRANT", "IRN-HEIRS");
        assertThat(output(tasks(deathBoard).get("AT-ESTATE"), "estate.nif")).startsWith("70");
    }

    @Test
    void aLostWallet_replacesTheCardAtTheRegistry_andTheLicenceOverTheDrivingAuthoritysQueues() {
        String clerk = tokenOf("clerk1");
        HttpResponse<String> onlyOne = post(
                "/cases",
                clerk,
                """
                {"shop":"LX-LARANJEIRAS","lifeEvent":"LOST-WALLET","chosen":["IRN-CC"],"applicantCivilId":"30000001",
                 "data":{"cc.reason":"REPLACEMENT","cc.deliveryPlace":"THIS_SHOP"}}""");
        assertThat(onlyOne.statusCode()).as("at least two replacements").isEqualTo(422);

        HttpResponse<String> submitted = post("/cases", clerk, consented(clerk, LOST_WALLET));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);

        JsonObject board = waitFor(object(submitted).getString("reference"), clerk, b -> !b.getString("progress")
                .equals("IN_PROGRESS"));

        assertThat(board.getString("progress")).as(board.toString()).isEqualTo("COMPLETED");
        assertThat(output(tasks(board).get("IRN-CC"), "cc.expectedDate")).matches("20\\d\\d-\\d\\d-\\d\\d");
        assertThat(output(tasks(board).get("IMT-LICENCE"), "licence.temporaryPermit"))
                .startsWith("GS-");
    }

    @Test
    void aRejectedBirth_saysWhy_andCancelsTheStepsThatWaitedForIt() {
        String clerk = tokenOf("clerk1");
        HttpResponse<String> submitted = post(
                "/cases",
                clerk,
                consented(
                        clerk,
                        birth("Rita", "Rua das Flores 10, 1000-001 Lisboa")
                                .replace("\"mother.civilId\":\"12345678\"", "\"mother.civilId\":\"39999999\"")));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);

        JsonObject board = waitFor(object(submitted).getString("reference"), clerk, b -> !b.getString("progress")
                .equals("IN_PROGRESS"));

        assertThat(board.getString("progress")).isEqualTo("CLOSED_WITH_REFUSALS");
        Map<String, JsonObject> steps = tasks(board);
        assertThat(steps.get("IRN-BIRTH").getString("status")).isEqualTo("REJECTED");
        assertThat(steps.get("IRN-BIRTH").getString("rejectionCode")).isEqualTo("UNKNOWN_CITIZEN");
        assertThat(steps.get("IRN-BIRTH").getString("rejectionReason")).contains("39999999");
        assertThat(steps.get("AT-NIF").getString("status")).isEqualTo("CANCELLED");
        assertThat(steps.get("SNS-REGISTER").getString("rejectionReason")).contains("IRN-BIRTH");

        // The public tracking page says what to do about it, and shows no personal number.
        HttpResponse<String> tracking =
                send(HttpRequest.newBuilder(URI.create(Endpoints.APP + "/track/?ref=" + board.getString("reference")
                                + "&code=" + object(submitted).getString("trackingCode")))
                        .header("Accept-Language", "pt")
                        .GET());
        assertThat(tracking.statusCode()).isEqualTo(200);
        assertThat(tracking.body())
                .contains("O que fazer: a entidade não tem registo da pessoa indicada")
                .doesNotContain("39999999");
    }

    /** The father's proposal for the birth the registry registered as {@code registration}, if there is one yet. */
    private static JsonObject proposalOf(String clerk, String registration) {
        HttpResponse<String> found = send(api("/cases/proposals?civilId=30000001")
                .header("Authorization", "Bearer " + clerk)
                .GET());
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        return Endpoints.json(found.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(candidate ->
                        registration.equals(tasks(candidate).get("IRN-BIRTH").getString("agencyReference", "")))
                .findFirst()
                .orElse(null);
    }

    @Test
    void aBirthRegisteredAtTheMaternity_isProposedToTheParents_andGoesOnlyOnTheirConsent() {
        HttpResponse<String> registered = send(
                HttpRequest.newBuilder(URI.create(SIMULATOR + "/admin/agencies/irn/maternity-births"))
                        .header("Content-Type", "application/json")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        """
                        {"child":{"givenNames":"Leonor","surnames":"Costa Pereira","birthDate":"2026-11-26",
                                  "birthTime":"07:30","birthPlace":"Maternidade Alfredo da Costa, Lisboa","sex":"F"},
                         "mother":{"civilId":"12345678","mobile":"916 000 271"},"father":{"civilId":"30000001"},
                         "parentsMaritalStatus":"MARRIED","address":"Rua do Sol 5, 1100-001 Lisboa"}""")));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String registration = object(registered).getString("agencyReference");
        String clerk = tokenOf("clerk1");

        JsonObject proposal = await("a proposal for the birth " + registration)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> proposalOf(clerk, registration), found -> found != null);
        assertThat(proposal)
                .as("the registry's event became a proposal for the father too")
                .isNotNull();
        assertThat(proposal.getString("progress")).isEqualTo("PROPOSED");
        assertThat(tasks(proposal).get("AT-NIF").getBoolean("queued"))
                .as("nothing goes before consent")
                .isFalse();
        String reference = proposal.getString("reference");
        String told = await("the SMS to the mother of " + reference)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(
                        () -> send(HttpRequest.newBuilder(
                                                URI.create(SIMULATOR + "/admin/notifications?to=%2B351916000271"))
                                        .GET())
                                .body(),
                        sent -> sent.contains(reference));
        assertThat(told)
                .as("the mother, whose mobile number the maternity took, is told; the text names no one")
                .contains("Loja do Cidadão", "Cartão de Cidadão")
                .doesNotContain("Leonor", "12345678");

        String strangers = CustomerDisplays.consent(clerk, CustomerDisplays.DESK, "BIRTH", "30000002", true);
        HttpResponse<String> stranger = post(
                "/cases/" + reference + "/consent",
                clerk,
                "{\"consent\":\"" + strangers + "\",\"document\":" + CustomerDisplays.document("30000002") + "}");
        assertThat(stranger.statusCode()).as("only a parent consents").isEqualTo(403);
        String mothers = CustomerDisplays.consent(clerk, CustomerDisplays.DESK, "BIRTH", "12345678", true);
        HttpResponse<String> consented = post(
                "/cases/" + reference + "/consent",
                clerk,
                "{\"consent\":\"" + mothers + "\",\"document\":" + CustomerDisplays.document("12345678") + "}");
        assertThat(consented.statusCode()).as(consented.body()).isEqualTo(200);

        JsonObject board =
                waitFor(reference, clerk, b -> !b.getString("progress").equals("IN_PROGRESS"));
        assertThat(board.getString("progress")).as(board.toString()).isEqualTo("COMPLETED");
        assertThat(output(tasks(board).get("AT-NIF"), "child.nif")).matches("2\\d{8}");
        assertThat(effectsWith("irn", registration))
                .as("the birth was registered once, at the maternity")
                .isEqualTo(1);
        String again = CustomerDisplays.consent(clerk, CustomerDisplays.DESK, "BIRTH", "12345678", true);
        assertThat(post(
                                "/cases/" + reference + "/consent",
                                clerk,
                                "{\"consent\":\"" + again + "\",\"document\":" + CustomerDisplays.document("12345678")
                                        + "}")
                        .statusCode())
                .as("it waits for nobody's consent any more")
                .isEqualTo(409);
    }

    /**
     * Case numbers come from a sequence, without a lock (docs/decisions.md): submissions at the same
     * moment each get a reference of their own, none twice, and each case is found under it.
     */
    @Test
    void casesSubmittedAtTheSameMoment_eachGetAReferenceOfTheirOwn() throws Exception {
        String clerk = tokenOf("clerk1");
        String certificate =
                """
                {"shop":"LX-LARANJEIRAS","service":"IRN-CERT","applicantCivilId":"12345678",
                 "data":{"cert.whose":"SELF","cert.purpose":"Submitted at the same moment"}}
                """;
        int submissions = 24;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<HttpResponse<String>> answers;
        try {
            List<Callable<HttpResponse<String>>> calls = IntStream.range(0, submissions)
                    .<Callable<HttpResponse<String>>>mapToObj(i -> () -> post("/cases", clerk, certificate))
                    .toList();
            answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(answers)
                .allSatisfy(answer ->
                        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201));
        List<String> references = answers.stream()
                .map(answer -> object(answer).getString("reference"))
                .toList();
        assertThat(references).doesNotHaveDuplicates().allMatch(reference -> reference.matches("CS-\\d{4}-\\d{6}"));
        assertThat(references)
                .allSatisfy(reference -> assertThat(find(reference, clerk).getString("reference"))
                        .isEqualTo(reference));
    }

    @Test
    void aFormWithProblems_isRefusedWithEveryProblemAtOnce_andNothingIsOpened() {
        HttpResponse<String> refused = send(api("/cases")
                .header("Authorization", "Bearer " + tokenOf("clerk1"))
                .header("Accept-Language", "en")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        birth("Maria", "Rua das Flores 10, Lisboa").replace("2026-11-20", "20/11/2026"))));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonObject problem = object(refused);
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .contains("child.birthDate", "address");
        assertThat(refused.body()).contains("postal code");
    }

    @Test
    void aKiosk_cannotSubmitWhatNeedsADocumentShownAtADesk_andAnonymousCannotSubmit() {
        HttpResponse<String> kiosk = send(api("/cases")
                .header("Authorization", "Bearer " + kioskToken())
                .header("Accept-Language", "en")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(birth("Maria", "Rua das Flores 10, 1000-001 Lisboa"))));
        assertThat(kiosk.statusCode()).as(kiosk.body()).isEqualTo(409);
        assertThat(object(kiosk).getString("code")).isEqualTo("case.deskOnly");

        assertThat(post("/cases", null, birth("Maria", "Rua das Flores 10, 1000-001 Lisboa"))
                        .statusCode())
                .isEqualTo(401);
    }
}
