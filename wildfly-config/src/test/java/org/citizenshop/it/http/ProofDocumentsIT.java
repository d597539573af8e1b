package org.citizenshop.it.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citizenshop.it.http.CustomerDisplays.consented;
import static org.citizenshop.it.http.Endpoints.api;
import static org.citizenshop.it.http.Endpoints.json;
import static org.citizenshop.it.http.Endpoints.kioskToken;
import static org.citizenshop.it.http.Endpoints.object;
import static org.citizenshop.it.http.Endpoints.post;
import static org.citizenshop.it.http.Endpoints.send;
import static org.citizenshop.it.http.Endpoints.tokenOf;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citizenshop.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A birth completed end to end brings back the agencies' proofs: the civil registry's birth record,
 * the tax authority's NIF certificate and the health service's registration proof (FHIR), each a PDF
 * kept with its step; a lost licence brings back the driving authority's temporary permit (JMS). The clerk downloads them (the read
 * on the data tracker), nobody else may; the public tracking says a document exists and nothing of it;
 * the receipt lists each by reference and verification code; the public verification answers genuine
 * for a code or digest the shop received and not known for a tampered one, without anything personal.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProofDocumentsIT {

    private static final HttpClient BYTES = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static JsonObject board(String reference, String token) {
        HttpResponse<String> response = send(api("/cases/" + reference)
                .header("Authorization", "Bearer " + token)
                .GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return object(response);
    }

    private static Map<String, JsonObject> tasks(JsonObject board) {
        return board.getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(task -> task.getString("service"), task -> task));
    }

    private static HttpResponse<byte[]> download(String path, String token) {
        HttpRequest.Builder request = api(path).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return BYTES.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The code with one character changed, as a forger copying it by hand might. */
    private static String tampered(String code) {
        char last = code.charAt(code.length() - 1);
        return code.substring(0, code.length() - 1) + (last == '0' ? '1' : '0');
    }

    @Test
    void aBirthsDocuments_areKept_downloadableByTheClerk_onTheReceipt_andVerifiable() throws Exception {
        String clerk = tokenOf("clerk1");
        HttpResponse<String> submitted = post(
                "/cases", clerk, consented(clerk, CaseApiIT.birth("Beatriz", "Rua das Flores 12, 1000-001 Lisboa")));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String reference = object(submitted).getString("reference");
        String trackingCode = object(submitted).getString("trackingCode");

        JsonObject done = completed(reference, clerk);
        Map<String, JsonObject> steps = tasks(done);
        JsonObject birth = steps.get("IRN-BIRTH");
        JsonObject nif = steps.get("AT-NIF");
        JsonObject birthRecord = birth.getJsonObject("proof");
        assertThat(birthRecord.getString("kind")).isEqualTo("DOCUMENT");
        assertThat(birthRecord.getString("verificationCode")).matches("IRN(-[0-9A-Z]{4}){3}");
        assertThat(birthRecord.getString("contentType")).isEqualTo("application/pdf");
        assertThat(nif.getJsonObject("proof").getString("verificationCode")).matches("AT(-[0-9A-Z]{4}){3}");
        JsonObject niss = steps.get("ISS-NISS");
        assertThat(niss.getJsonObject("proof").getString("verificationCode"))
                .as("the social security's proof of the NISS, a file beside its results file")
                .matches("ISS(-[0-9A-Z]{4}){3}");
        assertThat(text(download("/cases/" + reference + "/tasks/" + niss.getString("requestKey") + "/document", clerk)
                        .body()))
                .contains(
                        "Comprovativo de atribuição de NISS",
                        niss.getString("agencyReference"),
                        niss.getJsonObject("proof").getString("verificationCode"));
        JsonObject registration = steps.get("SNS-REGISTER").getJsonObject("proof");
        assertThat(registration.getString("kind")).isEqualTo("DOCUMENT");
        assertThat(registration.getString("verificationCode")).matches("SNS(-[0-9A-Z]{4}){3}");

        // The clerk and the supervisor download the birth record, as the registry issued it.
        String path = "/cases/" + reference + "/tasks/" + birth.getString("requestKey") + "/document";
        HttpResponse<byte[]> pdf = download(path, clerk);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + birthRecord.getString("fileName") + "\"");
        assertThat(pdf.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(sha256(pdf.body())).isEqualTo(birthRecord.getString("sha256"));
        assertThat(text(pdf.body()))
                .contains(birth.getString("agencyReference"), birthRecord.getString("verificationCode"), "Beatriz");
        assertThat(download(path, tokenOf("supervisor1")).statusCode()).isEqualTo(200);
        assertThat(download("/cases/" + reference + "/tasks/" + nif.getString("requestKey") + "/document", clerk)
                        .body())
                .startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));

        assertAgencyProof(
                reference,
                steps.get("SNS-REGISTER"),
                clerk,
                "SNS",
                output(steps.get("SNS-REGISTER"), "child.snsNumber"));

        // Nobody else: as the access matrix says of a case's board.
        assertThat(download(path, null).statusCode()).isEqualTo(401);
        assertThat(download(path, tokenOf("citizen1")).statusCode()).isEqualTo(403);
        assertThat(download(path, kioskToken()).statusCode()).isEqualTo(403);
        assertThat(download(path, tokenOf("admin-irn")).statusCode())
                .as("not even the agency that issued it")
                .isEqualTo(403);

        // The read is on the data tracker of the mother.
        HttpResponse<String> log = send(api("/admin/data-log?civilId=12345678")
                .header("Authorization", "Bearer " + tokenOf("supervisor1"))
                .GET());
        assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
        assertThat(json(log.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                        .filter(entry -> reference.equals(entry.getString("caseReference", null)))
                        .filter(entry -> entry.getString("purpose").equals("DOCUMENT_READ"))
                        .filter(entry -> entry.getString("actor").equals("clerk1")))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.getString("action")).isEqualTo("READ");
                    assertThat(entry.getJsonArray("data").getValuesAs(JsonString.class))
                            .extracting(JsonString::getString)
                            .containsExactly("DOCUMENT");
                });

        // The public board says a document exists, and nothing of it.
        HttpResponse<String> tracked =
                send(api("/public/cases/" + reference + "?code=" + trackingCode).GET());
        assertThat(tracked.statusCode()).isEqualTo(200);
        assertThat(tasks(object(tracked))
                        .get("IRN-BIRTH")
                        .getJsonObject("proof")
                        .toString())
                .isEqualTo("{\"kind\":\"DOCUMENT\"}");
        assertThat(tracked.body())
                .doesNotContain(
                        birthRecord.getString("verificationCode"),
                        birthRecord.getString("sha256"),
                        birth.getString("agencyReference"));

        // The receipt lists both documents by reference and verification code.
        HttpResponse<byte[]> receipt =
                download("/public/cases/" + reference + "/receipt?code=" + trackingCode + "&lang=en", null);
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(text(receipt.body()).replace("\n", " "))
                .contains("Documents issued")
                .contains(birth.getString("agencyReference") + ", verification code "
                        + birthRecord.getString("verificationCode"))
                .contains(nif.getString("agencyReference") + ", verification code "
                        + nif.getJsonObject("proof").getString("verificationCode"));

        // Anyone verifies it by its code or digest, and learns nothing personal.
        for (String code : List.of(birthRecord.getString("verificationCode"), birthRecord.getString("sha256"))) {
            HttpResponse<String> verified = send(api("/public/verify/" + code).GET());
            assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
            JsonObject answer = object(verified);
            assertThat(answer.getBoolean("genuine")).isTrue();
            assertThat(answer.getString("kind")).isEqualTo("document");
            assertThat(answer.getString("agency")).isEqualTo("IRN");
            assertThat(answer.getString("service")).isEqualTo("IRN-BIRTH");
            assertThat(answer.getString("verificationCode")).isEqualTo(birthRecord.getString("verificationCode"));
            assertThat(answer.containsKey("issuedAt")).isTrue();
            assertThat(verified.body())
                    .doesNotContain("12345678", "Beatriz", reference, birth.getString("agencyReference"));
        }
        assertThat(send(api("/public/verify/" + tampered(birthRecord.getString("verificationCode")))
                                .GET())
                        .statusCode())
                .as("a tampered code is not known")
                .isEqualTo(404);
        assertThat(send(api("/public/verify/" + tampered(birthRecord.getString("sha256")))
                                .GET())
                        .statusCode())
                .as("nor a file that differs")
                .isEqualTo(404);
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(Endpoints.APP + "/verify/?code="
                        + nif.getJsonObject("proof").getString("verificationCode")))
                .header("Accept-Language", "en")
                .GET());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("genuine-document\"").doesNotContain("not-known\"");
        HttpResponse<String> forged = send(HttpRequest.newBuilder(URI.create(Endpoints.APP + "/verify/?code="
                        + tampered(nif.getJsonObject("proof").getString("verificationCode"))))
                .GET());
        assertThat(forged.body()).contains("not-known\"").doesNotContain("genuine-document\"");
    }

    /** The document a completed step keeps, downloaded by the clerk: its bytes match the board's digest. */
    private static byte[] kept(String reference, JsonObject step, String clerk) throws Exception {
        JsonObject proof = step.getJsonObject("proof");
        assertThat(proof.getString("kind")).as(step.toString()).isEqualTo("DOCUMENT");
        HttpResponse<byte[]> pdf =
                download("/cases/" + reference + "/tasks/" + step.getString("requestKey") + "/document", clerk);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(sha256(pdf.body())).isEqualTo(proof.getString("sha256"));
        return pdf.body();
    }

    /** Anyone verifies a document by its code: genuine, of this agency and service. */
    private static void verifiable(JsonObject step, String agency) {
        HttpResponse<String> verified =
                send(api("/public/verify/" + step.getJsonObject("proof").getString("verificationCode"))
                        .GET());
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        JsonObject answer = object(verified);
        assertThat(answer.getBoolean("genuine")).isTrue();
        assertThat(answer.getString("agency")).isEqualTo(agency);
        assertThat(answer.getString("service")).isEqualTo(step.getString("service"));
    }

    private static JsonObject completed(String reference, String token) {
        JsonObject done = await("the board of " + reference)
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> board(reference, token), b -> !b.getString("progress")
                        .equals("IN_PROGRESS"));
        assertThat(done.getString("progress")).as(done.toString()).isEqualTo("COMPLETED");
        return done;
    }

    /**
     * The municipality's confirmation of the records updated comes in its signed callback; the social
     * security's death grant decision letter as a file beside its results file. Both are kept with their
     * steps, downloadable and verifiable; a step whose agency issues nothing has no document.
     */
    @Test
    void anAddressConfirmationAndADeathGrantDecision_areKept_downloadable_andVerifiable() throws Exception {
        String clerk = tokenOf("clerk1");
        HttpResponse<String> moving = post(
                "/cases",
                clerk,
                consented(
                        clerk,
                        """
                {"shop":"LX-LARANJEIRAS","lifeEvent":"MOVING","chosen":["CML-ADDRESS"],"applicantCivilId":"30000001",
                 "data":{"address":"Rua dos Documentos 7, 1250-001 Lisboa"}}"""));
        assertThat(moving.statusCode()).as(moving.body()).isEqualTo(201);
        HttpResponse<String> death = post(
                "/cases",
                clerk,
                consented(clerk, CaseApiIT.death("30000003", "230000037", "300000033", "12000000038")));
        assertThat(death.statusCode()).as(death.body()).isEqualTo(201);
        String movingReference = object(moving).getString("reference");
        String deathReference = object(death).getString("reference");

        Map<String, JsonObject> movingSteps = tasks(completed(movingReference, clerk));
        JsonObject address = movingSteps.get("CML-ADDRESS");
        assertThat(address.getJsonObject("proof").getString("verificationCode")).matches("CML(-[0-9A-Z]{4}){3}");
        assertThat(text(kept(movingReference, address, clerk)))
                .contains(
                        "Comprovativo de alteração de morada",
                        address.getString("agencyReference"),
                        address.getJsonObject("proof").getString("verificationCode"),
                        "Rua dos Documentos 7");
        verifiable(address, "CML");
        assertThat(movingSteps.get("ISS-ADDRESS").containsKey("proof"))
                .as("the social security issues nothing for an address")
                .isFalse();
        assertThat(download(
                                "/cases/" + movingReference + "/tasks/"
                                        + movingSteps.get("ISS-ADDRESS").getString("requestKey") + "/document",
                                clerk)
                        .statusCode())
                .as("a step without a document")
                .isEqualTo(404);

        JsonObject grant = tasks(completed(deathReference, clerk)).get("ISS-DEATHGRANT");
        assertThat(grant.getJsonObject("proof").getString("verificationCode")).matches("ISS(-[0-9A-Z]{4}){3}");
        assertThat(text(kept(deathReference, grant, clerk)))
                .contains(
                        "Decisão: subsídio por morte",
                        "Granted",
                        "1611.39 EUR",
                        grant.getString("agencyReference"),
                        grant.getJsonObject("proof").getString("verificationCode"));
        verifiable(grant, "ISS");
    }

    @Test
    void aLostLicencesTemporaryPermit_comesBackOverJms_isKept_downloadable_andVerifiable() throws Exception {
        String clerk = tokenOf("clerk1");
        HttpResponse<String> submitted = post("/cases", clerk, consented(clerk, CaseApiIT.LOST_WALLET));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String reference = object(submitted).getString("reference");
        String trackingCode = object(submitted).getString("trackingCode");

        JsonObject done = completed(reference, clerk);
        JsonObject licence = tasks(done).get("IMT-LICENCE");
        JsonObject permit = licence.getJsonObject("proof");
        assertThat(permit.getString("kind")).as(licence.toString()).isEqualTo("DOCUMENT");
        assertThat(permit.getString("verificationCode")).matches("IMT(-[0-9A-Z]{4}){3}");
        assertThat(permit.getString("fileName")).isEqualTo(licence.getString("agencyReference") + ".pdf");
        String permitNumber = output(licence, "licence.temporaryPermit");
        assertThat(permitNumber).startsWith("GS-");

        assertAgencyProof(reference, licence, clerk, "IMT", permitNumber);
        HttpResponse<byte[]> receipt =
                download("/public/cases/" + reference + "/receipt?code=" + trackingCode + "&lang=en", null);
        assertThat(text(receipt.body()).replace("\n", " "))
                .contains(licence.getString("agencyReference") + ", verification code "
                        + permit.getString("verificationCode"));
    }

    private static String output(JsonObject task, String key) {
        return task.getJsonArray("outputs").getValuesAs(JsonObject.class).stream()
                .filter(output -> output.getString("key").equals(key))
                .map(output -> output.getString("value"))
                .findFirst()
                .orElse(null);
    }

    /**
     * The step's document as the agency issued it: the clerk downloads the PDF, which carries the agency's
     * reference, the verification code and {@code printed}; anyone verifies it by its code and digest.
     */
    private static void assertAgencyProof(
            String reference, JsonObject step, String clerk, String agency, String printed) throws Exception {
        JsonObject proof = step.getJsonObject("proof");
        HttpResponse<byte[]> pdf =
                download("/cases/" + reference + "/tasks/" + step.getString("requestKey") + "/document", clerk);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(sha256(pdf.body())).isEqualTo(proof.getString("sha256"));
        assertThat(text(pdf.body()))
                .contains(step.getString("agencyReference"), proof.getString("verificationCode"), printed);
        for (String code : List.of(proof.getString("verificationCode"), proof.getString("sha256"))) {
            HttpResponse<String> verified = send(api("/public/verify/" + code).GET());
            assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
            JsonObject answer = object(verified);
            assertThat(answer.getBoolean("genuine")).isTrue();
            assertThat(answer.getString("agency")).isEqualTo(agency);
            assertThat(answer.getString("service")).isEqualTo(step.getString("service"));
            assertThat(answer.getString("verificationCode")).isEqualTo(proof.getString("verificationCode"));
        }
        assertThat(send(api("/public/verify/" + tampered(proof.getString("verificationCode")))
                                .GET())
                        .statusCode())
                .isEqualTo(404);
    }
}
