package org.citizenshop.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citizenshop.it.http.CustomerDisplays.consented;
import static org.citizenshop.it.http.Endpoints.object;
import static org.citizenshop.it.http.Endpoints.post;
import static org.citizenshop.it.http.Endpoints.tokenOf;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.citizenshop.it.Deployments;
import org.citizenshop.it.http.Endpoints;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dead-letter page's editor, in headless Chromium: the health service's administrator opens a
 * step that failed (its agency answered a maintenance page), sees its data as its service's form,
 * is told at the field what is wrong with an address without a postal code (what he typed stays),
 * corrects it and sends the step again; the step completes with the corrected address, and the
 * page and the case's board show who corrected which field. Checked with axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeadLetterEditorIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void healthServiceNormal() {
        garbled(false);
    }

    private static void garbled(boolean garbled) {
        Endpoints.agencyBehaves("sns", "{\"garbled\":" + garbled + "}");
    }

    private static JsonObject healthStep(String reference, String token) {
        return Endpoints.caseTask(reference, token, "SNS-ADDRESS");
    }

    private static JsonObject waitFor(String reference, String token, String status) {
        return await("SNS-ADDRESS of " + reference + " " + status)
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> healthStep(reference, token), task -> task.getString("status")
                        .equals(status));
    }

    @Test
    void anAdministratorCorrectsAFailedStepsAddress_atTheField_andSendsItAgain() {
        String clerk = tokenOf("clerk1");
        garbled(true);
        String reference = object(
                        post(
                                "/cases",
                                clerk,
                                consented(
                                        clerk,
                                        """
                                {"shop":"LX-LARANJEIRAS","lifeEvent":"MOVING","chosen":[],"applicantCivilId":"30000001",
                                 "data":{"address":"Travessa do Engano 9, 1250-001 Lisboa"}}
                                """)))
                .getString("reference");
        String key = waitFor(reference, clerk, "FAILED").getString("requestKey");
        garbled(false);

        browser.get(Endpoints.APP + "/admin/dead-letters.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys("admin-sns");
        browser.findElement(By.id("password")).sendKeys(Endpoints.PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        WebElement row = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#failed tr[data-key='" + key + "']")));
        assertThat(browser.findElement(By.cssSelector("#health tr[data-agency='SNS'] .rate-limit"))
                        .getText())
                .startsWith("100/s");
        assertThat(browser.findElement(By.cssSelector("#health tr[data-agency='SNS'] .circuit"))
                        .getText())
                .as("the circuit breaker's state, in words")
                .isIn("fechado: a enviar", "aberto: envios em pausa", "meio aberto: um envio de teste");
        assertThat(browser.findElement(By.cssSelector("#health tr[data-agency='SNS'] .retrying"))
                        .getText())
                .matches("\\d+");

        Browser.submit(browser, By.cssSelector("#failed tr[data-key='" + key + "'] input[id$=':edit']"));
        WebElement address = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[id$='editor'] .field[data-key='address'] input")));
        assertThat(address.getAttribute("value")).isEqualTo("Travessa do Engano 9, 1250-001 Lisboa");
        assertThat(browser.findElement(By.cssSelector("[id$='editor'] h2")).getText())
                .contains(reference);
        assertAccessible("dead letter's data");

        address.clear();
        address.sendKeys("Travessa Certa 4 Lisboa");
        Browser.submit(browser, By.id("dead:save"));
        WebElement error = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field[data-key='address'] .field-error")));
        assertThat(error.getText()).isEqualTo("Indique a morada com o código postal, como 1000-001.");
        assertThat(browser.findElement(By.cssSelector(".field[data-key='address'] input"))
                        .getAttribute("value"))
                .as("what was typed stays")
                .isEqualTo("Travessa Certa 4 Lisboa");
        assertThat(healthStep(reference, clerk).getJsonArray("corrections"))
                .as("nothing saved")
                .isEmpty();

        address = browser.findElement(By.cssSelector(".field[data-key='address'] input"));
        address.clear();
        address.sendKeys("Travessa Certa 4, 1100-053 Lisboa");
        Browser.submit(browser, By.id("dead:saveReplay"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".messages"), "reenviado"));
        assertThat(browser.findElement(By.cssSelector(".messages")).getText())
                .contains("foram corrigidos: Nova morada");
        assertThat(browser.findElements(By.cssSelector("#failed tr[data-key='" + key + "']")))
                .as("no longer a dead letter")
                .isEmpty();
        assertAccessible("dead letters after the replay");

        JsonObject done = waitFor(reference, clerk, "COMPLETED");
        JsonObject correction = done.getJsonArray("corrections").getJsonObject(0);
        assertThat(correction.getString("correctedBy")).isEqualTo("admin-sns");
        assertThat(correction.getJsonArray("fields").getJsonObject(0).getString("key"))
                .isEqualTo("address");
    }
}
