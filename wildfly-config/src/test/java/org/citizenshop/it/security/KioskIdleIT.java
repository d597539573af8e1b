package org.citizenshop.it.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenshop.it.http.Endpoints.APP;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.citizenshop.it.Deployments;
import org.citizenshop.it.browser.Browser;
import org.citizenshop.it.browser.BrowserJourney;
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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A citizen walks away from a kiosk, in headless Chromium: after the idle time a warning (an alert
 * dialog with the focus on "Continuar", its countdown read out, accessible) lets them carry on with
 * everything kept; left alone, the kiosk wipes what was typed and stored, ends the HTTP session and
 * the login at the identity provider, and shows its first screen again. The page's timings are
 * shortened through the data attributes the script reads (the server's are 90 s and 20 s).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KioskIdleIT extends BrowserJourney {

    private static final String KIOSK = APP + "/kiosk/?shop=LX-LARANJEIRAS";
    private static final String TYPED = "perdi a carteira";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anIdleKiosk_warns_carriesOnWhenAsked_thenWipesEverything_andEndsTheLogin() {
        logInAtTheDesk();

        browser.get(KIOSK);
        assertThat(settings("data-armed"))
                .as("nothing to wipe on the language screen")
                .isEqualTo("false");
        browser.findElement(By.id("kiosk:choose-pt")).click();
        WebElement finder = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input.finder-input")));
        assertThat(settings("data-armed")).isEqualTo("true");
        assertThat(settings("data-idle-seconds")).isEqualTo("90");
        assertThat(settings("data-warning-seconds")).isEqualTo("20");
        script("document.getElementById('kiosk-idle').setAttribute('data-idle-seconds', '2');"
                + "sessionStorage.setItem('visit', 'IRN-CC'); localStorage.setItem('visit', 'IRN-CC');");
        Browser.markLoaded(browser);
        finder.sendKeys(TYPED);

        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-idle-dialog")));
        assertThat(dialog.getAttribute("role")).isEqualTo("alertdialog");
        assertThat(dialog.getAttribute("aria-modal")).isEqualTo("true");
        assertThat(dialog.findElement(By.tagName("h2")).getText()).isEqualTo("Ainda está aí?");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("kiosk-idle-continue");
        WebElement countdown = browser.findElement(By.id("kiosk-idle-live"));
        assertThat(countdown.getAttribute("aria-live")).isEqualTo("assertive");
        assertThat(countdown.getText()).isEqualTo("O ecrã será limpo dentro de 20 segundos.");
        assertThat(Browser.accessibilityViolations(browser))
                .as("WCAG 2.1 AA of the warning")
                .isEmpty();

        browser.findElement(By.id("kiosk-idle-continue")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("kiosk-idle-dialog")));
        assertThat(Browser.notReloaded(browser)).as("continuing keeps the page").isTrue();
        assertThat(browser.findElement(By.cssSelector("input.finder-input")).getAttribute("value"))
                .isEqualTo(TYPED);

        script("document.getElementById('kiosk-idle').setAttribute('data-warning-seconds', '3');");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-idle-dialog")));
        WebElement chooseLanguage = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kiosk:choose-pt")));

        assertThat(browser.getCurrentUrl()).isEqualTo(KIOSK);
        assertThat(Browser.notReloaded(browser)).isFalse();
        assertThat(chooseLanguage.isDisplayed()).as("the kiosk's first screen").isTrue();
        assertThat(browser.getPageSource()).doesNotContain(TYPED);
        assertThat(script("return sessionStorage.length + localStorage.length;"))
                .isEqualTo(0L);

        browser.get(APP + "/desk/");
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")))
                        .isDisplayed())
                .as("the login at the identity provider ended with the kiosk's session")
                .isTrue();
    }

    @Test
    void theWipeOfAKioskNobodyLoggedInTo_goesStraightBack_toTheKioskOfTheShopItNames() {
        HttpResponse<String> wiped =
                Endpoints.send(HttpRequest.newBuilder(URI.create(APP + "/kiosk/wipe?shop=LX-CARNIDE")));
        HttpResponse<String> noShop =
                Endpoints.send(HttpRequest.newBuilder(URI.create(APP + "/kiosk/wipe?shop=%3Cx%3E")));

        assertThat(wiped.statusCode()).isEqualTo(302);
        assertThat(wiped.headers().firstValue("Location")).hasValue(APP + "/kiosk/?shop=LX-CARNIDE");
        assertThat(noShop.statusCode()).isEqualTo(400);
    }

    /** A login at the identity provider in this browser (a clerk's: the realm has no kiosk login yet). */
    private void logInAtTheDesk() {
        browser.get(APP + "/desk/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")))
                .sendKeys("clerk1");
        browser.findElement(By.id("password")).sendKeys(Endpoints.PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("desk")));
    }

    private String settings(String attribute) {
        return browser.findElement(By.id("kiosk-idle")).getAttribute(attribute);
    }

    private Object script(String javascript) {
        return ((JavascriptExecutor) browser).executeScript(javascript);
    }
}
