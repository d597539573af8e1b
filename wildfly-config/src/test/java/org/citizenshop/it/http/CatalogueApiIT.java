package org.citizenshop.it.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenshop.it.http.Endpoints.api;
import static org.citizenshop.it.http.Endpoints.json;
import static org.citizenshop.it.http.Endpoints.send;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.citizenshop.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public catalogue and the service finder over HTTP, on the catalogue the migrations seed. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueApiIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static JsonArray search(String query) {
        HttpResponse<String> response = send(api("/catalogue/search?" + query));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body()).asJsonArray();
    }

    private static String q(String typed) {
        return "q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8);
    }

    @Test
    void theFinder_answersAsTheUserTypes_inEitherLanguage_withWhatToBringAndWhetherTheShopCanDoIt() {
        JsonArray unfinished = search(q("perdi a cart") + "&shop=LX-LARANJEIRAS");
        JsonObject first = unfinished.getJsonObject(0);
        assertThat(first.getString("code")).isEqualTo("LOST-WALLET");
        assertThat(first.getString("kind")).isEqualTo("LIFE_EVENT");
        assertThat(first.getString("name")).isEqualTo("Perdi a carteira");
        assertThat(first.getBoolean("availableHere")).isTrue();
        assertThat(first.getJsonArray("steps").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("Pedir o Cartão de Cidadão", "Substituir a carta de condução");

        JsonObject baby = search(q("new baby") + "&lang=en").getJsonObject(0);
        assertThat(baby.getString("code")).isEqualTo("BIRTH");
        assertThat(baby.getString("name")).isEqualTo("Birth of a child");
        assertThat(baby.getString("channels")).isEqualTo("DESK");
        assertThat(baby.getJsonArray("whatToBring").getValuesAs(jakarta.json.JsonString::getString))
                .contains("Parents' identity documents");
        assertThat(baby).doesNotContainKey("availableHere");

        JsonObject card = search(q("cartao cidadao")).getJsonObject(0);
        assertThat(card.getString("code")).isEqualTo("IRN-CC");
        assertThat(card.getString("agency")).isEqualTo("IRN");
        assertThat(card.getInt("feeCents")).isEqualTo(1800);

        assertThat(search(q("mudei de casa")).getJsonObject(0).getString("code"))
                .isEqualTo("MOVING");
        assertThat(search(q("")).isEmpty()).isTrue();
        assertThat(search(q("xyzzyq")).isEmpty()).isTrue();
        assertThat(search(q("morada") + "&limit=2")).hasSize(2);
    }

    @Test
    void servicesAndLifeEvents_areListed_andALifeEventHasItsSteps() {
        HttpResponse<String> services = send(api("/catalogue/services?lang=en"));
        assertThat(services.statusCode()).isEqualTo(200);
        JsonArray all = json(services.body()).asJsonArray();
        // The seeded catalogue (a test of the administration may have added a service since).
        assertThat(all.getValuesAs(JsonObject.class))
                .extracting(service -> service.getString("code"))
                .contains(
                        "IRN-BIRTH",
                        "IRN-CC",
                        "IRN-ADDRESS",
                        "IRN-CERT",
                        "IRN-DEATH",
                        "IRN-COMPANY",
                        "IRN-HEIRS",
                        "AT-NIF",
                        "AT-ADDRESS",
                        "AT-HOUSEHOLD",
                        "AT-COMPANY",
                        "AT-ESTATE",
                        "ISS-NISS",
                        "ISS-CHILD",
                        "ISS-ADDRESS",
                        "ISS-DEATHGRANT",
                        "ISS-EMPLOYER",
                        "SNS-REGISTER",
                        "SNS-ADDRESS",
                        "SNS-DEATH",
                        "IMT-LICENCE",
                        "IMT-ADDRESS",
                        "CML-ADDRESS")
                .isSorted();
        assertThat(all.getJsonObject(0).getString("code")).isEqualTo("AT-ADDRESS");
        assertThat(all.getJsonObject(0).getString("channels")).isEqualTo("BOTH");
        assertThat(all.getJsonObject(0).getString("minimumIdentification")).isEqualTo("AUTHENTICATED");
        assertThat(all.getJsonObject(0).getString("legalBasis")).isEqualTo("Lei Geral Tributária, art. 19.º");

        HttpResponse<String> events = send(api("/catalogue/life-events"));
        assertThat(json(events.body()).asJsonArray()).hasSize(5);
        JsonObject lostWallet =
                json(send(api("/catalogue/life-events/LOST-WALLET")).body()).asJsonObject();
        assertThat(lostWallet.getInt("minimumOptional")).isEqualTo(2);

        HttpResponse<String> birth = send(api("/catalogue/life-events/BIRTH?lang=en"));
        assertThat(birth.statusCode()).isEqualTo(200);
        JsonArray steps = json(birth.body()).asJsonObject().getJsonArray("steps");
        assertThat(steps).hasSize(7);
        assertThat(steps.getJsonObject(0).getString("service")).isEqualTo("IRN-BIRTH");
        assertThat(steps.getJsonObject(0).getBoolean("optional")).isFalse();
        assertThat(steps.getJsonObject(4).getString("service")).isEqualTo("IRN-CC");
        assertThat(steps.getJsonObject(4).getBoolean("optional")).isTrue();
        assertThat(steps.getJsonObject(5).getString("service")).isEqualTo("ISS-CHILD");
        assertThat(steps.getJsonObject(5).getString("condition")).isEqualTo("household.incomeBracket in (1, 2, 3, 4)");
        assertThat(steps.getJsonObject(2).getJsonArray("dependsOn").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("AT-NIF", "IRN-BIRTH");

        // The generated form: each datum once, nothing an earlier step gives (the child's civil ID
        // number, NIF and NISS come from the registration, AT and ISS), grouped.
        JsonArray form = json(birth.body()).asJsonObject().getJsonArray("form");
        assertThat(form.getValuesAs(JsonObject.class))
                .extracting(group -> group.getString("group"))
                .containsExactly("child", "parents", "address", "card", "household", "payment");
        List<JsonObject> fields = form.getValuesAs(JsonObject.class).stream()
                .flatMap(group -> group.getJsonArray("fields").getValuesAs(JsonObject.class).stream())
                .toList();
        assertThat(fields)
                .extracting(field -> field.getString("key"))
                .doesNotHaveDuplicates()
                .contains("child.givenNames", "child.birthDate", "address", "iban")
                .doesNotContain("child.civilId", "child.nif", "child.niss");
        JsonObject birthDate = fields.stream()
                .filter(field -> field.getString("key").equals("child.birthDate"))
                .findFirst()
                .orElseThrow();
        assertThat(birthDate.getString("label")).isEqualTo("Date of birth");
        assertThat(birthDate.getString("type")).isEqualTo("DATE");
        assertThat(birthDate.getJsonArray("askedBy").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("IRN-BIRTH", "AT-NIF");
        JsonObject address = fields.stream()
                .filter(field -> field.getString("key").equals("address"))
                .findFirst()
                .orElseThrow();
        assertThat(address.getString("prefillFrom")).isEqualTo("IRN");
        assertThat(address.getBoolean("prefillLocked"))
                .as("a family may have moved")
                .isFalse();
        JsonObject maritalStatus = fields.stream()
                .filter(field -> field.getString("key").equals("parents.maritalStatus"))
                .findFirst()
                .orElseThrow();
        assertThat(maritalStatus.getBoolean("prefillLocked")).isTrue();
    }

    @Test
    void aCitizensForm_isCheckedFieldByField_beforeAnythingIsSubmitted() {
        String birth =
                """
                {"chosen":["ISS-CHILD"],
                 "data":{"child.givenNames":"Ana","child.surnames":"Silva","child.birthDate":"2026-11-20",
                         "child.birthTime":"09:30","child.birthPlace":"Lisboa","child.sex":"F",
                         "mother.civilId":"1234567","parents.maritalStatus":"MARRIED",
                         "address":"Rua Augusta 100, 1100-053 Lisboa","household.incomeBracket":"5"}}
                """;
        HttpResponse<String> checked = Endpoints.post("/catalogue/life-events/BIRTH/check?lang=en", null, birth);
        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
        JsonObject result = json(checked.body()).asJsonObject();
        assertThat(result.getBoolean("valid")).isFalse();
        // The fifth income bracket gets no child benefit: the step does not run, its IBAN is not asked.
        assertThat(result.getJsonArray("steps").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("IRN-BIRTH", "AT-NIF", "SNS-REGISTER", "ISS-NISS");
        assertThat(result.getJsonArray("problems").getValuesAs(JsonObject.class))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.getString("field")).isEqualTo("mother.civilId");
                    assertThat(problem.getString("message")).isEqualTo("A civil ID number has 8 digits.");
                });

        HttpResponse<String> lostWallet =
                Endpoints.post("/catalogue/life-events/LOST-WALLET/check?lang=en", null, "{\"chosen\":[\"IRN-CC\"]}");
        assertThat(json(lostWallet.body())
                        .asJsonObject()
                        .getJsonArray("problems")
                        .getJsonObject(0)
                        .getString("message"))
                .isEqualTo("Choose at least 2 of these: IRN-CC, IMT-LICENCE.");
    }

    @Test
    void badInput_isATranslatedProblem() {
        HttpResponse<String> unknown =
                send(api("/catalogue/life-events/WEDDING").header("Accept-Language", "en"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM));
        assertThat(unknown.body()).contains("There is no life event WEDDING");

        HttpResponse<String> tooLong =
                send(api("/catalogue/search?" + q("a".repeat(101))).header("Accept-Language", "pt"));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("no máximo 100 caracteres");

        HttpResponse<String> noShop = send(api("/catalogue/search?q=nif&shop=NOWHERE"));
        assertThat(noShop.statusCode()).isEqualTo(404);
        assertThat(noShop.body()).contains("NOWHERE");
    }
}
