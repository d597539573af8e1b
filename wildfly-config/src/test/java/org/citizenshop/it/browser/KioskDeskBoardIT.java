package org.citizenshop.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.citizenshop.it.Deployments;
import org.citizenshop.it.http.Endpoints;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The first slice as its users live it, in headless Chromium: a citizen takes a ticket at the kiosk
 * (every screen checked with axe-core for WCAG 2.1 AA), a clerk logs in on Keycloak's page and
 * calls it, the display board shows it without reloading, and a citizen card request made at the
 * desk comes back accepted by the (simulated) civil registry before the clerk completes the visit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KioskDeskBoardIT extends BrowserJourney {

    private static final String SHOP = "LX-LARANJEIRAS";
    private static final String DESK = "LXL-04";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void kioskTicket_calledAtTheDesk_appearsOnTheBoard_andACardRequestIsAccepted() {
        Endpoints.drain(DESK, Endpoints.tokenOf("clerk1"));

        browser.get(Endpoints.APP + "/board/?shop=" + SHOP);
        String board = browser.getWindowHandle();
        ((JavascriptExecutor) browser).executeScript("window.loadedOnce = true;");

        browser.switchTo().newWindow(WindowType.TAB);
        String number = takeTicketAtTheKiosk();

        browser.switchTo().newWindow(WindowType.TAB);
        callItAtTheDesk(number);

        browser.switchTo().window(board);
        wait.until(ExpectedConditions.textToBe(By.id("latest-number"), number));
        assertAccessible("display board");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.loadedOnce === true;"))
                .as("the board updated without reloading")
                .isEqualTo(true);
    }

    private String takeTicketAtTheKiosk() {
        browser.get(Endpoints.APP + "/kiosk/?shop=" + SHOP);
        assertAccessible("kiosk language choice");
        browser.findElement(By.id("kiosk:choose-pt")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-service='IRN-CC']")));
        assertAccessible("kiosk service choice");
        browser.findElement(By.cssSelector("[data-service='IRN-CC']")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kiosk:take")));
        assertAccessible("kiosk confirmation");
        browser.findElement(By.id("kiosk:take")).click();

        WebElement number = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ticket-number")));
        assertAccessible("kiosk ticket");
        assertThat(browser.findElement(By.id("people-ahead")).getText()).isEqualTo("É o próximo a ser chamado");
        return number.getText();
    }

    private void callItAtTheDesk(String number) {
        browser.get(Endpoints.APP + "/desk/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).contains("/realms/citizen-shop/");
        browser.findElement(By.id("username")).sendKeys("clerk1");
        browser.findElement(By.id("password")).sendKeys(Endpoints.PASSWORD);
        browser.findElement(By.id("kc-login")).click();

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-desk='" + DESK + "']")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("desk:call-next")))
                .click();
        wait.until(ExpectedConditions.textToBe(By.id("current-number"), number));
        assertAccessible("desk");

        browser.findElement(By.id("desk:document")).sendKeys("12345678 2 ZZ6");
        new Select(browser.findElement(By.id("desk:reason"))).selectByValue("RENEWAL");
        browser.findElement(By.id("desk:send-card")).click();
        wait.withTimeout(Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("li.request[data-status='ACCEPTED']")));
        assertThat(browser.findElement(By.cssSelector("li.request[data-status='ACCEPTED']"))
                        .getText())
                .contains("IRN-CC", "Aceite");
    }
}
