package org.citizenshop.it.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenshop.it.http.Endpoints.APP;
import static org.citizenshop.it.http.Endpoints.object;
import static org.citizenshop.it.http.Endpoints.post;
import static org.citizenshop.it.http.Endpoints.tokenOf;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.citizenshop.it.Deployments;
import org.citizenshop.it.browser.Browser;
import org.citizenshop.it.browser.BrowserJourney;
import org.citizenshop.it.http.CustomerDisplays;
import org.citizenshop.it.http.Endpoints;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The main screens under the content security policy, in headless Chromium: each is used the way
 * its users use it (the kiosk's finder and a ticket, the board's push, a case tracked live, the
 * desk's and the supervisor's ajax, a confirmation, the language switch, logging out and in) and
 * the browser's console reports no refusal of the policy. Anything the policy blocked would also
 * stop what the screen does next, which the waits here would time out on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentSecurityPolicyIT extends BrowserJourney {

    private static final String SHOP = "LX-LARANJEIRAS";
    private static final String DESK = "LXL-04";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aScriptWithoutTheNonce_isRefused_andTheConsoleSaysSo() {
        browser.get(APP + "/kiosk/?shop=" + SHOP);
        ((JavascriptExecutor) browser)
                .executeScript("var injected = document.createElement('script');"
                        + "injected.textContent = 'window.injected = true;';"
                        + "document.body.appendChild(injected);");

        assertThat(((JavascriptExecutor) browser).executeScript("return window.injected === true;"))
                .isEqualTo(false);
        assertThat(Browser.contentSecurityViolations(browser)).hasSize(1);
    }

    @Test
    void kioskBoardAndTracking_runWithoutAViolation() {
        browser.get(APP + "/kiosk/?shop=" + SHOP);
        browser.findElement(By.id("kiosk:choose-pt")).click();
        // the language is a full page submit: the finder is on the next page, once it has loaded
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input.finder-input")))
                .sendKeys("perdi a cart");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-autocomplete-panel li")));
        browser.findElement(By.cssSelector("[data-service='IRN-CC']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("kiosk:take"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ticket-number")));
        assertNoViolation("kiosk");

        String clerk = tokenOf("clerk1");
        Endpoints.drain(DESK, clerk);
        browser.get(APP + "/board/?shop=" + SHOP);
        Browser.markLoaded(browser);
        assertThat(post("/shops/" + SHOP + "/tickets", null, "{\"service\":\"IRN-CC\"}")
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> called = post("/desks/" + DESK + "/call-next", clerk, "");
        assertThat(called.statusCode()).as(called.body()).isEqualTo(200);
        wait.until(ExpectedConditions.textToBe(
                By.id("latest-number"), object(called).getString("number")));
        assertThat(Browser.notReloaded(browser))
                .as("the board updated by its web socket")
                .isTrue();
        assertNoViolation("display board");

        JsonObject opened = object(
                post(
                        "/cases",
                        clerk,
                        CustomerDisplays.consented(
                                clerk,
                                """
                {"shop":"LX-LARANJEIRAS","lifeEvent":"LOST-WALLET","chosen":["IRN-CC","IMT-LICENCE"],
                 "applicantCivilId":"30000001",
                 "data":{"cc.reason":"REPLACEMENT","cc.deliveryPlace":"THIS_SHOP","licence.number":"L-123456 7",
                         "licence.reason":"LOST"}}""")));
        browser.get(APP + "/track/?ref=" + opened.getString("reference") + "&code=" + opened.getString("trackingCode"));
        Browser.markLoaded(browser);
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".case-board[data-progress='COMPLETED']")));
        assertThat(Browser.notReloaded(browser))
                .as("the tracking page updated by its poll")
                .isTrue();
        assertNoViolation("case tracking");
    }

    @Test
    void deskSupervisorAndAdministration_runWithoutAViolation() {
        String supervisor = tokenOf("supervisor1");
        assertThat(post("/shops/" + SHOP + "/open-day", supervisor, "").statusCode())
                .isLessThan(300);

        browser.get(APP + "/desk/");
        logIn("supervisor1");
        assertThat(new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("desk:shop"))))
                        .getOptions().stream()
                                .map(option -> option.getAttribute("value"))
                                .toList())
                .as("staff work at their own shop only")
                .containsExactly(SHOP);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-desk='LXL-01']")));
        assertNoViolation("desk");

        browser.get(APP + "/supervisor/");
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("floor:shop")))).selectByValue(SHOP);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#desks [data-desk='LXL-01']")));
        String dayState = browser.findElement(By.id("day-state")).getText();
        browser.findElement(By.id("floor:close-day")).click();
        wait.until(ExpectedConditions.alertIsPresent()).dismiss();
        assertThat(browser.findElement(By.id("day-state")).getText())
                .as("the question's Cancel stops the button")
                .isEqualTo(dayState);
        Browser.submit(browser, By.id("language:en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Floor supervision");
        Browser.submit(browser, By.id("language:pt"));
        assertNoViolation("supervisor's floor");

        browser.get(APP + "/logout");
        wait.until(ExpectedConditions.urlToBe(APP + "/"));
        browser.get(APP + "/admin/");
        logIn("admin-irn");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#services [data-service='IRN-CC']")));
        browser.get(APP + "/admin/life-event.xhtml?event=BIRTH");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertNoViolation("catalogue administration");
    }

    private void logIn(String user) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")))
                .sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(Endpoints.PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains(APP));
    }

    private void assertNoViolation(String screen) {
        assertThat(((JavascriptExecutor) browser).executeScript("return document.readyState"))
                .isEqualTo("complete");
        assertThat(Browser.contentSecurityViolations(browser))
                .as("content security policy refusals on the %s", screen)
                .isEmpty();
    }
}
