package org.citizenshop.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.citizenshop.it.Deployments;
import org.citizenshop.it.http.CustomerDisplays;
import org.citizenshop.it.http.Endpoints;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A clerk submits the birth of a child in headless Chromium: the bundle's one form, a problem shown
 * at its field with everything typed kept, then the case's status board filling in as the civil
 * registry, the tax authority, social security (after its batch) and the health service answer; the
 * receipt as PDF; the public tracking page the receipt's QR code opens, without the child's numbers.
 * Every screen checked with axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseDeskIT extends BrowserJourney {

    /** A desk no other browser test signs in at. */
    private static final String DESK = "LXL-03";

    private WebDriver display;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void openDisplay() throws java.io.IOException {
        display = Browser.start();
    }

    @AfterEach
    void closeDisplay() {
        display.quit();
    }

    private WebElement field(String key) {
        return browser.findElement(
                By.cssSelector("div.field[data-key='" + key + "'] input, div.field[data-key='" + key + "'] select"));
    }

    private void type(String key, String value) {
        WebElement input = field(key);
        input.clear();
        input.sendKeys(value);
    }

    /** Date and time inputs take their value in ISO form whatever the browser's language. */
    private void set(String key, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", field(key), value);
    }

    /** clerk2 signs in and takes {@link #DESK}. */
    private void signInAtDesk() {
        browser.get(Endpoints.APP + "/desk/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys("clerk2");
        browser.findElement(By.id("password")).sendKeys(Endpoints.PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("desk")));
        Browser.submit(browser, By.cssSelector("input[data-desk='" + DESK + "']"));
    }

    /**
     * Degraded mode at the desk: with the tax authority down, a case moving house is accepted, and its board tells the
     * clerk that the authority is not answering and its step waits in the queue; once it is back and the step
     * delivered, the note is gone.
     */
    @Test
    void withTheTaxAuthorityDown_theCaseBoardSaysSo_untilItIsBack() {
        String clerk = Endpoints.tokenOf("clerk1");
        String reference;
        Endpoints.agencyBehaves("at", "{\"down\":true}");
        try {
            HttpResponse<String> accepted = Endpoints.post(
                    "/cases",
                    clerk,
                    CustomerDisplays.consented(
                            clerk,
                            """
                    {"shop":"LX-LARANJEIRAS","lifeEvent":"MOVING","chosen":[],"applicantCivilId":"30000001",
                     "data":{"address":"Rua do Salitre 3, 1250-001 Lisboa"}}
                    """));
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
            reference = Endpoints.object(accepted).getString("reference");
            await("a failed delivery of AT-ADDRESS")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() ->
                            Endpoints.caseTask(reference, clerk, "AT-ADDRESS").getInt("failedAttempts") >= 1);

            signInAtDesk();
            browser.get(Endpoints.APP + "/desk/case.xhtml?case=" + reference);
            WebElement note = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("p.agency-state[data-agency='AT'][data-state='DOWN']")));
            assertThat(note.getText()).contains("AT não está a responder", "ficam em fila");
            assertThat(browser.findElement(By.cssSelector("tr[data-service='AT-ADDRESS']"))
                            .getText())
                    .as("its step waits in the queue")
                    .contains("em fila: a entidade não responde");
            assertAccessible("case status board, an agency down");
        } finally {
            Endpoints.agencyBehaves("at", "{\"down\":false}");
        }

        await("AT-ADDRESS delivered once the tax authority is back")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> Endpoints.caseTask(reference, clerk, "AT-ADDRESS").getString("status"),
                        "COMPLETED"::equals);
        browser.get(Endpoints.APP + "/desk/case.xhtml?case=" + reference);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".case-board")));
        assertThat(browser.findElements(By.cssSelector("p.agency-state[data-agency='AT']")))
                .as("the tax authority answers again")
                .isEmpty();
    }

    @Test
    void aClerkSubmitsABirth_andWatchesEveryAgencyComplete() throws Exception {
        signInAtDesk();

        // The screen facing the citizen shows a code; the clerk pairs it with his desk.
        display.get(Endpoints.APP + "/display/");
        String pairingCode = new WebDriverWait(display, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("pairing-code")))
                .getText()
                .strip();
        assertThat(pairingCode).matches("\\d{6}");
        assertAccessible(display, "customer display, not paired");

        browser.get(Endpoints.APP + "/desk/case.xhtml?event=BIRTH");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case:submit")));
        assertAccessible("new case");
        browser.findElement(By.id("case:pairing-code")).sendKeys(pairingCode);
        Browser.submit(browser, By.id("case:pair"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case:ask-consent")));

        browser.findElement(By.id("case:applicant")).sendKeys("12345678");
        new Select(browser.findElement(By.id("case:document-type"))).selectByValue("CITIZEN_CARD");
        browser.findElement(By.id("case:document-number")).sendKeys("123456782ZZ6");
        browser.findElement(By.id("case:document-checked")).click();
        type("child.givenNames", "Leonor");
        type("child.surnames", "Costa Pereira");
        set("child.birthDate", "2026-11-21");
        set("child.birthTime", "07:30");
        type("child.birthPlace", "Lisboa");
        new Select(field("child.sex")).selectByValue("F");
        type("mother.civilId", "12345678");
        new Select(browser.findElement(By.id("case:basis"))).selectByValue("PARENT_OF_MINOR");
        browser.findElement(By.id("case:on-behalf-of")).sendKeys("a criança a registar");
        Browser.submit(browser, By.id("case:ask-consent"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#consent-status[data-status='REQUESTED']")));
        assertThat(browser.findElements(By.id("case:prefill")))
                .as("nothing is read before the citizen answers")
                .isEmpty();

        // The citizen reads on his screen what goes where, and agrees himself.
        WebElement give = new WebDriverWait(display, Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(By.id("display:give")));
        assertThat(display.findElement(By.id("display:asking")).getText())
                .contains("Nascimento", "678", "Autoridade Tributária")
                .doesNotContain("12345678");
        assertAccessible(display, "customer display, asking");
        give.click();
        new WebDriverWait(display, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("answer-recorded")));

        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(By.id("case:prefill")));
        Browser.submit(browser, By.id("case:prefill"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("div.field[data-key='father.civilId'] .from-registry")));
        assertThat(field("father.civilId").getAttribute("value")).isEqualTo("30000001");
        assertThat(new Select(field("parents.maritalStatus"))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("MARRIED");
        assertThat(field("address").getAttribute("value")).matches(".*\\d{4}-\\d{3}.*");
        // The marital status is the registry's to correct: read-only here, and the note says so.
        WebElement lockedNote = browser.findElement(
                By.cssSelector("div.field[data-key='parents.maritalStatus'] .from-registry.locked"));
        assertThat(lockedNote.getText()).contains("do registo (IRN)", "não editável");
        assertThat(field("parents.maritalStatus").isEnabled()).isFalse();
        assertThat(field("parents.maritalStatus").getAttribute("aria-describedby"))
                .isEqualTo(lockedNote.getAttribute("id"));
        assertThat(field("address").getAttribute("readonly"))
                .as("an address stays editable: a family may have moved")
                .isNull();
        assertThat(field("child.givenNames").getAttribute("value"))
                .as("what the clerk typed stays")
                .isEqualTo("Leonor");
        assertAccessible("form prefilled from the registries");
        type("address", "Rua do Sol 5, Lisboa");

        Browser.submit(browser, By.id("case:submit"));
        WebElement addressError = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("div.field[data-key='address'] .field-error")));
        assertThat(addressError.getText()).contains("código postal");
        assertThat(field("child.givenNames").getAttribute("value")).isEqualTo("Leonor");
        assertAccessible("new case with a problem");

        type("address", "Rua do Sol 5, 1100-001 Lisboa");
        Browser.submit(browser, By.id("case:submit"));
        WebElement board = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".case-board")));
        String reference = board.getAttribute("data-reference");
        assertThat(reference).matches("CS-20\\d\\d-\\d{6}");
        assertThat(browser.findElement(By.cssSelector(".case-consent .consent-state"))
                        .getAttribute("data-status"))
                .isEqualTo("GIVEN");
        assertThat(browser.findElement(By.cssSelector(".case-identification .identification"))
                        .getText())
                .contains("Cartão de Cidadão", "ZZ6", "clerk2")
                .doesNotContain("123456782");
        assertAccessible("case status board");

        new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".case-board[data-progress='COMPLETED']")));
        assertThat(browser.findElement(By.cssSelector("tr[data-service='AT-NIF'] .output[data-key='child.nif']"))
                        .getText())
                .matches("(?s).*2\\d{8}.*");
        assertThat(browser.findElement(By.cssSelector("tr[data-service='ISS-NISS'] .output[data-key='child.niss']"))
                        .getText())
                .matches("(?s).*1\\d{10}.*");
        assertThat(browser.findElement(By.cssSelector("tr[data-service='SNS-REGISTER'] .state"))
                        .getText())
                .contains("concluído");
        // The registry's birth record is the step's proof; the clerk's session downloads it from the board.
        WebElement proof = browser.findElement(By.cssSelector("tr[data-service='IRN-BIRTH'] .proof"));
        assertThat(proof.getText()).contains("Prova: documento", "código de verificação IRN-");
        String document = proof.findElement(By.cssSelector("a.proof-download")).getAttribute("href");
        Object fetched = ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "fetch(arguments[0]).then(r => arguments[1](r.status + ' ' + r.headers.get('Content-Type')))",
                        document);
        assertThat(fetched).isEqualTo("200 application/pdf");
        assertAccessible("case status board with the agencies' documents");
        String receiptUrl = browser.findElement(By.id("receipt-a4")).getAttribute("href");

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(receiptUrl)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        String code = URI.create(receiptUrl).getQuery().replaceAll(".*code=([A-Z0-9]+).*", "$1");
        String nif = browser.findElement(By.cssSelector("tr[data-service='AT-NIF'] .output strong"))
                .getText();
        browser.get(Endpoints.APP + "/track/?ref=" + reference + "&code=" + code);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("genuine")));
        assertThat(browser.findElement(By.cssSelector(".case-board")).getText())
                .contains("Atribuir", "concluído")
                .doesNotContain(nif);
        assertThat(browser.findElement(By.cssSelector("tr[data-service='IRN-BIRTH'] .proof"))
                        .getText())
                .as("the public board says a document exists, and nothing of it")
                .isEqualTo("Prova: documento emitido");
        assertAccessible("public tracking");
    }
}
