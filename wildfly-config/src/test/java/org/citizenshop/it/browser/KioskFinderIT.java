package org.citizenshop.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.citizenshop.it.Deployments;
import org.citizenshop.it.http.Endpoints;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * "Search first" at the kiosk, in headless Chromium: a citizen types a few words the way people
 * say them, the finder suggests the life event while he types, and choosing it puts its services
 * on one ticket with what to bring; axe-core finds nothing on the open suggestions or the visit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KioskFinderIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anUnfinishedPhrase_findsTheLifeEvent_whoseServicesGoOnOneTicket() {
        browser.get(Endpoints.APP + "/kiosk/?shop=LX-LARANJEIRAS");
        browser.findElement(By.id("kiosk:choose-pt")).click();

        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("kiosk:finder_input")));
        box.sendKeys("perdi a cart");
        List<WebElement> suggestions = wait.until(
                ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector(".ui-autocomplete-item")));
        assertThat(suggestions.get(0).getText()).isEqualTo("Perdi a carteira — vários serviços de uma vez");
        assertAccessible("kiosk finder with suggestions");

        suggestions.get(0).click();
        WebElement visit = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chosen-services")));
        assertThat(visit.findElements(By.cssSelector("li[data-service]")))
                .extracting(item -> item.getAttribute("data-service"))
                .containsExactly("IRN-CC", "IMT-LICENCE");
        assertThat(browser.findElement(By.cssSelector(".bring")).getText())
                .contains("O que deve trazer", "Participação às autoridades, se foi roubada");
        assertAccessible("kiosk visit chosen with the finder");

        browser.findElement(By.id("kiosk:take")).click();
        WebElement number = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ticket-number")));
        assertThat(number.getText()).isNotBlank();
    }

    @Test
    void inEnglish_aTypingMistake_andTheKeyboardAlone_reachTheBirthBundle() {
        browser.get(Endpoints.APP + "/kiosk/?shop=LX-CARNIDE");
        browser.findElement(By.id("kiosk:choose-en")).click();

        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("kiosk:finder_input")));
        box.sendKeys("new babby");
        List<WebElement> suggestions = wait.until(
                ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector(".ui-autocomplete-item")));
        assertThat(suggestions.get(0).getText()).isEqualTo("Birth of a child — several services at once");
        box.sendKeys(Keys.ENTER);

        WebElement visit = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chosen-services")));
        assertThat(visit.findElements(By.cssSelector("li[data-service]")))
                .extracting(item -> item.getAttribute("data-service"))
                .containsExactly("IRN-BIRTH", "AT-NIF", "ISS-NISS", "SNS-REGISTER");
    }
}
