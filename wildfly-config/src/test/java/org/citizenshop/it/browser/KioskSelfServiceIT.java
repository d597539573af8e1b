package org.citizenshop.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenshop.it.http.Endpoints.api;
import static org.citizenshop.it.http.Endpoints.send;
import static org.citizenshop.it.http.Endpoints.tokenOf;

import java.net.http.HttpResponse;
import java.time.Clock;
import org.citizenshop.it.Deployments;
import org.citizenshop.it.http.Endpoints;
import org.citizenshop.it.http.OneTimeCodes;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A citizen at a kiosk changes his address himself: the kiosk refuses until he logs in with
 * Chave Móvel Digital (password, then a one-time code); he reads what his consent covers, agrees and
 * submits; then, on "My data", he sees the clerk who opened his case and why, and his consent, which
 * he withdraws. Every screen checked with axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KioskSelfServiceIT extends BrowserJourney {

    private static final String CITIZEN = "citizen2";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theKioskRefusesAChangeOfAddress_untilTheCitizenLogsInWithAOneTimeCode() {
        browser.get(Endpoints.APP + "/kiosk/?shop=LX-LARANJEIRAS");
        Browser.submit(browser, By.id("kiosk:choose-pt"));
        Browser.submit(browser, By.cssSelector("input[data-event='MOVING']"));
        WebElement refusal = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kiosk:login-needed")));
        assertThat(refusal.getText()).contains("Mudança de casa", "Chave Móvel Digital", "código de uso único");
        assertAccessible("kiosk refusing without a login");

        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")))
                .sendKeys(CITIZEN);
        browser.findElement(By.id("password")).sendKeys(Endpoints.PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        WebElement code = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("otp")));
        assertThat(browser.getCurrentUrl())
                .as("the password alone does not open the service")
                .doesNotContain("/kiosk/self.xhtml");
        code.sendKeys(OneTimeCodes.fresh(CITIZEN, Clock.systemUTC()));
        browser.findElement(By.id("kc-login")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("self:submit")));
        assertThat(browser.findElements(By.cssSelector(".consent-item[data-agency='AT']")))
                .as("what the consent covers is shown before it is given")
                .isNotEmpty();
        assertAccessible("self-service form");
        WebElement address = browser.findElement(By.cssSelector("div.field[data-key='address'] input"));
        address.sendKeys("Rua dos Fanqueiros 12, 1100-231 Lisboa");
        Browser.submit(browser, By.id("self:submit"));
        assertThat(browser.findElement(By.xpath("//div[contains(@class,'checkbox')]/span[@class='field-error']"))
                        .getText())
                .as("the consent is given by ticking it, not by default")
                .contains("concorda");
        assertThat(browser.findElement(By.cssSelector("div.field[data-key='address'] input"))
                        .getAttribute("value"))
                .as("nothing typed is lost")
                .isEqualTo("Rua dos Fanqueiros 12, 1100-231 Lisboa");
        browser.findElement(By.id("self:agree")).click();
        Browser.submit(browser, By.id("self:submit"));
        WebElement board = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".case-board")));
        String reference = board.getAttribute("data-reference");
        assertThat(reference).matches("CS-20\\d\\d-\\d{6}");
        assertThat(browser.findElement(By.cssSelector(".case-consent .consent-state"))
                        .getText())
                .contains("quiosque");
        assertAccessible("self-service receipt");

        // A clerk follows the case; the citizen sees that look on his data log, with its purpose.
        HttpResponse<String> read = send(api("/cases/" + reference)
                .header("Authorization", "Bearer " + tokenOf("clerk1"))
                .GET());
        assertThat(read.statusCode()).isEqualTo(200);

        browser.get(Endpoints.APP + "/me/");
        WebElement log = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("data-log")));
        WebElement clerksRead = log.findElement(By.cssSelector(
                "tr.entry[data-actor='clerk1'][data-purpose='CASE_READ'][data-case='" + reference + "']"));
        assertThat(clerksRead.getText()).contains("clerk1", "funcionário", reference);
        assertThat(log.findElements(
                        By.cssSelector("tr.entry[data-purpose='CASE_SUBMITTED'][data-case='" + reference + "']")))
                .hasSize(1);
        assertAccessible("my data");

        WebElement consent = browser.findElement(By.cssSelector(".consent[data-status='GIVEN']"));
        String consentId = consent.getAttribute("data-consent");
        Browser.submit(browser, By.cssSelector(".consent[data-consent='" + consentId + "'] input[type='submit']"));
        assertThat(browser.findElement(By.cssSelector(".consent[data-consent='" + consentId + "']"))
                        .getAttribute("data-status"))
                .isEqualTo("WITHDRAWN");
    }
}
