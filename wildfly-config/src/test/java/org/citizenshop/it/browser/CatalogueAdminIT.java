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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An agency administrator at work, in headless Chromium: the municipality's administrator logs in
 * on Keycloak's page, opens his service, is told what is wrong with a bad fee without losing what
 * he typed, previews, saves and publishes a new version with new search words; the history says
 * what changed, and the kiosk's finder knows the new words at once. Another agency's administrator
 * only reads it. Every page checked with axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueAdminIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private void logIn(String username) {
        browser.get(Endpoints.APP + "/admin/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(Endpoints.PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("services")));
    }

    @Test
    void theMunicipalityPublishesNewSearchWords_andTheKioskFindsThem() {
        logIn("admin-cml");
        assertThat(browser.findElement(By.cssSelector(".lead")).getText()).endsWith("CML");
        List<WebElement> rows = browser.findElements(By.cssSelector("#services tbody tr"));
        assertThat(rows.get(0).getAttribute("data-service")).isEqualTo("CML-ADDRESS");
        assertAccessible("service list");

        rows.get(0).findElement(By.tagName("a")).click();
        WebElement keywords = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editor:keywords-pt")));
        assertAccessible("service editor");
        keywords.sendKeys(" ecoponto");
        WebElement fee = browser.findElement(By.id("editor:fee"));
        fee.clear();
        fee.sendKeys("dez euros");
        Browser.submit(browser, By.id("editor:save"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
        assertThat(browser.findElement(By.cssSelector(".field-error")).getText())
                .isEqualTo("A taxa tem de ser um número, p. ex. 18,00.");
        assertThat(browser.findElement(By.id("editor:keywords-pt")).getAttribute("value"))
                .endsWith(" ecoponto");

        fee = browser.findElement(By.id("editor:fee"));
        fee.clear();
        fee.sendKeys("2.50");
        Browser.submit(browser, By.id("editor:preview"));
        WebElement preview = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editor:preview-panel")));
        assertThat(preview.getText()).contains("Atualizar registos municipais", "2,50 €");
        assertAccessible("preview");

        Browser.submit(browser, By.id("editor:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".messages"), "guardado"));
        Browser.submit(browser, By.id("editor:publish"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".messages"), "publicada"));
        WebElement newest = browser.findElement(By.cssSelector("#history tbody tr"));
        assertThat(newest.getText()).contains("Publicada", "admin-cml", "keywordsPt", "ecoponto", "feeCents", "250");
        assertAccessible("version history");

        browser.get(Endpoints.APP + "/kiosk/?shop=LX-LARANJEIRAS");
        Browser.submit(browser, By.id("kiosk:choose-pt"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("kiosk:finder_input")))
                .sendKeys("ecopont");
        List<WebElement> suggestions = wait.until(
                ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector(".ui-autocomplete-item")));
        assertThat(suggestions.get(0).getText()).startsWith("Atualizar registos municipais");
    }

    @Test
    void anotherAgencysAdministrator_readsTheService_butCannotChangeIt() {
        logIn("admin-at");
        browser.findElement(By.cssSelector("#services tr[data-service='CML-ADDRESS'] a"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));

        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("pertence a outra entidade");
        assertThat(browser.findElement(By.id("editor:name-pt")).isEnabled()).isFalse();
        assertThat(browser.findElements(By.id("editor:save"))).isEmpty();
        assertThat(browser.findElements(By.id("editor:publish"))).isEmpty();
        assertAccessible("read-only service");
    }
}
