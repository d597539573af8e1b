package org.citizenshop.it.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenshop.it.http.Endpoints.api;
import static org.citizenshop.it.http.Endpoints.json;
import static org.citizenshop.it.http.Endpoints.send;
import static org.citizenshop.it.http.Endpoints.tokenOf;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.citizenshop.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may change the catalogue, over HTTP with real tokens: an agency administrator edits and
 * publishes his own agency's services as new versions, never another agency's; a published version
 * never changes; clerks and anonymous callers change nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueAdministrationIT {

    private static final String PROBLEM = "application/problem+json";

    /** IRN's birth certificate; no other test depends on its fee or words. */
    private static final String SERVICE = "IRN-CERT";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static HttpResponse<String> call(String method, String path, String token, String body) {
        HttpRequest.Builder request = api(path).header("Accept-Language", "en");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(request);
    }

    private static String definition(int feeCents, String keywordsEn, int minutes) {
        return """
                {"name":{"pt":"Pedir uma certidão de nascimento","en":"Issue a birth certificate"},
                 "keywords":{"pt":"certidão nascimento código online","en":"%s"},
                 "channels":"BOTH","feeCents":%d,"averageMinutes":%d,
                 "whatToBring":[{"pt":"Identificação de quem pede","en":"Identification of the person asking"}],
                 "fields":[{"key":"cert.whose","type":"CHOICE","label":{"pt":"Certidão de quem","en":"Whose certificate"},
                            "group":"certificate","required":true,"choices":["SELF","CHILD","OTHER"]}]}
                """
                .formatted(keywordsEn, feeCents, minutes);
    }

    @Test
    void anotherAgencysAdministrator_aClerk_andAnonymous_changeNothing() {
        HttpResponse<String> otherAgency =
                call("PUT", "/admin/services/" + SERVICE + "/draft", tokenOf("admin-at"), definition(1, "x", 5));
        assertThat(otherAgency.statusCode()).isEqualTo(403);
        assertThat(otherAgency.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM));
        assertThat(json(otherAgency.body()).asJsonObject().getString("detail"))
                .contains("Service IRN-CERT belongs to Instituto dos Registos e do Notariado")
                .contains("Autoridade Tributária e Aduaneira");
        assertThat(call("POST", "/admin/services/" + SERVICE + "/publish", tokenOf("admin-at"), null)
                        .statusCode())
                .isEqualTo(403);

        assertThat(call("GET", "/admin/services", tokenOf("clerk1"), null).statusCode())
                .isEqualTo(403);
        assertThat(call("PUT", "/admin/services/" + SERVICE + "/draft", null, definition(1, "x", 5))
                        .statusCode())
                .isEqualTo(401);

        // The AT administrator may read IRN's services, not edit them.
        HttpResponse<String> listed = call("GET", "/admin/services", tokenOf("admin-at"), null);
        JsonArray services = json(listed.body()).asJsonArray();
        JsonObject first = services.getJsonObject(0);
        assertThat(first.getString("agency")).isEqualTo("AT");
        assertThat(first.getBoolean("editable")).isTrue();
        assertThat(services.getValuesAs(JsonObject.class).stream()
                        .filter(service -> service.getString("code").equals(SERVICE))
                        .findFirst()
                        .orElseThrow()
                        .getBoolean("editable"))
                .isFalse();
    }

    @Test
    void theAgencysAdministrator_publishesADraft_asANewVersion_andPublishedVersionsNeverChange() {
        String irn = tokenOf("admin-irn");

        HttpResponse<String> broken =
                call("PUT", "/admin/services/" + SERVICE + "/draft", irn, definition(1000, "certificate", 0));
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(broken.body()).contains("averageMinutes", "between 1 and 480 minutes");

        HttpResponse<String> draft = call(
                "PUT",
                "/admin/services/" + SERVICE + "/draft",
                irn,
                definition(1200, "certificate expressbirthpaper", 6));
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
        JsonObject saved = json(draft.body()).asJsonObject();
        int number = saved.getInt("number");
        assertThat(number).isGreaterThanOrEqualTo(2);
        assertThat(saved.getString("status")).isEqualTo("DRAFT");
        assertThat(saved.getString("changedBy")).isEqualTo("admin-irn");

        // Not live yet: the public catalogue and the finder still show the published version.
        assertThat(search("expressbirthpaper")).isEmpty();

        HttpResponse<String> published = call("POST", "/admin/services/" + SERVICE + "/publish", irn, null);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        JsonObject version = json(published.body()).asJsonObject();
        assertThat(version.getString("status")).isEqualTo("PUBLISHED");
        assertThat(version.getJsonArray("changes").getValuesAs(JsonObject.class))
                .extracting(change -> change.getString("attribute"))
                .contains("feeCents", "keywordsEn");

        assertThat(search("expressbirthpaper")).singleElement().satisfies(hit -> {
            assertThat(hit.getString("code")).isEqualTo(SERVICE);
            assertThat(hit.getInt("feeCents")).isEqualTo(1200);
        });

        HttpResponse<String> history = call("GET", "/admin/services/" + SERVICE + "/versions", irn, null);
        JsonArray versions = json(history.body()).asJsonArray();
        assertThat(versions.getJsonObject(0).getInt("number")).isEqualTo(number);
        assertThat(versions.getJsonObject(0).getString("status")).isEqualTo("PUBLISHED");
        assertThat(versions.getJsonObject(1).getString("status")).isEqualTo("RETIRED");

        HttpResponse<String> changePublished =
                call("PUT", "/admin/services/" + SERVICE + "/versions/" + number, irn, definition(1, "x", 5));
        assertThat(changePublished.statusCode()).isEqualTo(409);
        assertThat(changePublished.body()).contains("is published and can no longer change");
        HttpResponse<String> old = call("GET", "/admin/services/" + SERVICE + "/versions/" + (number - 1), irn, null);
        assertThat(json(old.body()).asJsonObject().getInt("feeCents")).isNotEqualTo(1200);

        assertThat(call("POST", "/admin/services/" + SERVICE + "/publish", irn, null)
                        .statusCode())
                .isEqualTo(409);
    }

    /**
     * Services are kept in the second-level cache, and a case submitted for one puts it there: a
     * version published after that is what the next case is checked against, at once.
     */
    @Test
    void aVersionPublished_isWhatTheNextCaseIsCheckedAgainst_atOnce() {
        String clerk = tokenOf("clerk1");
        String irn = tokenOf("admin-irn");
        String certificate =
                """
                {"shop":"LX-LARANJEIRAS","service":"IRN-CERT","applicantCivilId":"12345678",
                 "document":{"type":"CITIZEN_CARD","number":"123456782ZZ6","checked":true},
                 "data":{"cert.whose":"SELF"}}
                """;
        HttpResponse<String> before = call("POST", "/cases", clerk, certificate);
        assertThat(before.statusCode()).as(before.body()).isEqualTo(201);

        JsonObject live = liveDefinition(irn);
        JsonObject withCopies = Json.createObjectBuilder(live)
                .add(
                        "fields",
                        Json.createArrayBuilder(live.getJsonArray("fields"))
                                .add(Json.createObjectBuilder()
                                        .add("key", "cert.copies")
                                        .add("type", "NUMBER")
                                        .add(
                                                "label",
                                                Json.createObjectBuilder()
                                                        .add("pt", "Número de cópias")
                                                        .add("en", "Number of copies"))
                                        .add("group", "certificate")
                                        .add("required", true)))
                .build();
        try {
            publish(irn, withCopies);

            HttpResponse<String> refused = call("POST", "/cases", clerk, certificate);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(json(refused.body())
                            .asJsonObject()
                            .getJsonArray("errors")
                            .getValuesAs(JsonObject.class))
                    .extracting(error -> error.getString("field"))
                    .containsExactly("cert.copies");
        } finally {
            publish(irn, live);
        }
        HttpResponse<String> after = call("POST", "/cases", clerk, certificate);
        assertThat(after.statusCode()).as(after.body()).isEqualTo(201);
    }

    /** IRN-CERT's published definition, as an administrator reads it. */
    private static JsonObject liveDefinition(String token) {
        HttpResponse<String> versions = call("GET", "/admin/services/" + SERVICE + "/versions", token, null);
        assertThat(versions.statusCode()).as(versions.body()).isEqualTo(200);
        int published = json(versions.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(version -> version.getString("status").equals("PUBLISHED"))
                .findFirst()
                .orElseThrow()
                .getInt("number");
        HttpResponse<String> definition =
                call("GET", "/admin/services/" + SERVICE + "/versions/" + published, token, null);
        assertThat(definition.statusCode()).as(definition.body()).isEqualTo(200);
        return json(definition.body()).asJsonObject();
    }

    private static void publish(String token, JsonObject definition) {
        HttpResponse<String> draft = call("PUT", "/admin/services/" + SERVICE + "/draft", token, definition.toString());
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
        HttpResponse<String> published = call("POST", "/admin/services/" + SERVICE + "/publish", token, null);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    }

    @Test
    void aLifeEvent_isComposedOnlyByItsOwner_andNeverWithStepsWaitingInACircle() {
        String steps =
                """
                {"name":{"pt":"Óbito de um familiar","en":"Death of a relative"},
                 "steps":[{"service":"IRN-DEATH","optional":false,"dependsOn":["IRN-HEIRS"]},
                          {"service":"AT-ESTATE","optional":false,"dependsOn":["IRN-DEATH"]},
                          {"service":"IRN-HEIRS","optional":true,"dependsOn":["AT-ESTATE"]},
                          {"service":"SNS-DEATH","optional":false,"dependsOn":["IRN-DEATH"]}]}
                """;
        HttpResponse<String> notTheOwner = call("PUT", "/admin/life-events/DEATH/draft", tokenOf("admin-at"), steps);
        assertThat(notTheOwner.statusCode()).isEqualTo(403);
        assertThat(notTheOwner.body())
                .contains("Life event DEATH is composed by Instituto dos Registos e do Notariado");

        HttpResponse<String> circle = call("PUT", "/admin/life-events/DEATH/draft", tokenOf("admin-irn"), steps);
        assertThat(circle.statusCode()).isEqualTo(422);
        assertThat(json(circle.body()).asJsonObject().getString("detail"))
                .isEqualTo("The steps IRN-DEATH, AT-ESTATE, IRN-HEIRS wait for each other in a circle:"
                        + " remove one of these dependencies.");

        HttpResponse<String> unknown = call(
                "PUT",
                "/admin/life-events/DEATH/draft",
                tokenOf("admin-irn"),
                """
                {"name":{"pt":"Óbito","en":"Death"},"steps":[{"service":"IRN-WEDDING","optional":false}]}
                """);
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("There is no service IRN-WEDDING");

        HttpResponse<String> unreadable = call(
                "PUT",
                "/admin/life-events/DEATH/draft",
                tokenOf("admin-irn"),
                """
                {"name":{"pt":"Óbito","en":"Death"},
                 "steps":[{"service":"IRN-DEATH","optional":false},
                          {"service":"ISS-DEATHGRANT","optional":true,"condition":"applicant.relation > SPOUSE"}]}
                """);
        assertThat(unreadable.statusCode()).isEqualTo(422);
        assertThat(unreadable.body()).contains("Cannot read \\\"applicant.relation > SPOUSE\\\"");

        // Nothing of the refused drafts was kept.
        HttpResponse<String> versions = call("GET", "/admin/life-events/DEATH/versions", tokenOf("admin-irn"), null);
        assertThat(json(versions.body()).asJsonArray()).singleElement().satisfies(version -> assertThat(
                        version.asJsonObject().getString("status"))
                .isEqualTo("PUBLISHED"));
    }

    @Test
    void aNewService_isADraftUntilPublished_thenEveryShopServingTheAgencyOffersIt() {
        String irn = tokenOf("admin-irn");
        String marriage =
                """
                {"code":"%s","name":{"pt":"Casamento civil","en":"Civil marriage"},
                 "keywords":{"pt":"casar casamento matrimónio","en":"marriage wedding marry"},
                 "channels":"DESK","feeCents":12000,"averageMinutes":30,
                 "whatToBring":[{"pt":"Documentos de identificação dos noivos","en":"Identity documents of both"}]}
                """;

        HttpResponse<String> otherAgency =
                call("POST", "/admin/services", tokenOf("admin-at"), marriage.formatted("IRN-MARRIAGE"));
        assertThat(otherAgency.statusCode()).isEqualTo(422);
        assertThat(otherAgency.body()).contains("must start with AT-");

        HttpResponse<String> created = call("POST", "/admin/services", irn, marriage.formatted("IRN-MARRIAGE"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created.body()).asJsonObject().getString("status")).isEqualTo("DRAFT");
        assertThat(call("POST", "/admin/services", irn, marriage.formatted("IRN-MARRIAGE"))
                        .statusCode())
                .isEqualTo(409);

        // A draft is neither offered nor found.
        assertThat(search("wedding")).isEmpty();
        assertThat(send(api("/shops/LX-LARANJEIRAS/services")).body()).doesNotContain("IRN-MARRIAGE");

        assertThat(call("POST", "/admin/services/IRN-MARRIAGE/publish", irn, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(search("wedding")).first().satisfies(hit -> assertThat(hit.getString("code"))
                .isEqualTo("IRN-MARRIAGE"));
        assertThat(send(api("/shops/LX-LARANJEIRAS/services")).body()).contains("IRN-MARRIAGE");
        assertThat(send(api("/shops/LX-CARNIDE/services")).body()).contains("IRN-MARRIAGE");

        // The kiosk can take a ticket for it, called at a desk that serves the registry's services.
        HttpResponse<String> ticket = Endpoints.post(
                "/shops/LX-LARANJEIRAS/tickets", Endpoints.kioskToken(), "{\"service\":\"IRN-MARRIAGE\"}");
        assertThat(ticket.statusCode()).as(ticket.body()).isEqualTo(201);
    }

    private static java.util.List<JsonObject> search(String words) {
        HttpResponse<String> response = send(api("/catalogue/search?lang=en&q=" + words));
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response.body()).asJsonArray().getValuesAs(JsonObject.class);
    }
}
