package org.citizenshop.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.citizenshop.it.Deployments;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The civil registry's administrator at work, in headless Chromium: he proposes a new service
 * (acknowledging paternity), completes and publishes it, adds it to the birth of a child as an
 * optional step after the registration, previews the one form citizens will fill, and publishes a
 * new version of the bundle; the public catalogue shows it and the kiosk offers the new service.
 * axe-core checks the pages. The birth bundle is put back as it was afterwards (through the API),
 * so that other tests see the seeded one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BundleDesignerIT {

    private WebDriver browser;
    private WebDriverWait wait;
    private String seeded;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void openBrowser() throws java.io.IOException {
        seeded = admin("GET", "/admin/life-events/BIRTH/versions/" + publishedVersion(), null)
                .body();
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void restoreTheBirthBundle() {
        browser.quit();
        assertThat(admin("PUT", "/admin/life-events/BIRTH/draft", seeded).statusCode())
                .isEqualTo(200);
        assertThat(admin("POST", "/admin/life-events/BIRTH/publish", null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theCivilRegistry_addsAnOptionalStep_previewsTheForm_andPublishes() {
        browser.get(Endpoints.APP + "/admin/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys("admin-irn");
        browser.findElement(By.id("password")).sendKeys(Endpoints.PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editor:new-code")));
        WebElement code = browser.findElement(By.id("editor:new-code"));
        code.clear();
        code.sendKeys("IRN-PARENTAGE");
        browser.findElement(By.id("editor:new-name-pt")).sendKeys("Perfilhação");
        browser.findElement(By.id("editor:new-name-en")).sendKeys("Acknowledge paternity");
        Browser.submit(browser, By.id("editor:create"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editor:bring-pt")))
                .sendKeys("Documento de identificação do pai");
        browser.findElement(By.id("editor:bring-en")).sendKeys("Father's identity document");
        browser.findElement(By.id("editor:keywords-pt")).sendKeys("perfilhação paternidade pai");
        Browser.submit(browser, By.id("editor:publish"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".messages"), "publicada"));
        assertAccessible("new service, published");

        browser.get(Endpoints.APP + "/admin/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("tr[data-life-event='BIRTH'] a")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("designer:add-step")));
        assertAccessible("bundle designer");
        int steps = browser.findElements(By.cssSelector(".step-row")).size();

        Browser.submit(browser, By.id("designer:add-step"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".step-row"), steps + 1));
        WebElement added = browser.findElements(By.cssSelector(".step-row")).get(steps);
        new Select(added.findElement(By.tagName("select"))).selectByValue("IRN-PARENTAGE");
        added.findElement(By.cssSelector("input[id$=':optional']")).click();
        Browser.submit(browser, By.id("designer:preview"));

        added = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".step-row[data-step='IRN-PARENTAGE']")));
        added.findElement(By.xpath(".//label[starts-with(normalize-space(.), 'IRN-BIRTH')]"))
                .click();
        Browser.submit(browser, By.id("designer:preview"));
        WebElement preview = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("designer:form-preview")));
        assertThat(preview.findElements(By.cssSelector(".form-group h3")))
                .extracting(WebElement::getText)
                .startsWith("A criança", "Os pais", "Morada");
        assertThat(preview.findElements(By.cssSelector("li[data-key='child.civilId']")))
                .isEmpty();
        assertThat(browser.findElement(By.cssSelector(
                                ".step-row[data-step='IRN-PARENTAGE'] input[type='checkbox'][value='IRN-BIRTH']"))
                        .isSelected())
                .isTrue();
        assertAccessible("form preview");

        Browser.submit(browser, By.id("designer:publish"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".messages"), "publicada"));
        assertThat(browser.findElement(By.cssSelector("#history tbody tr")).getText())
                .contains("Publicada", "admin-irn", "step IRN-PARENTAGE", "optional, after IRN-BIRTH");

        HttpResponse<String> birth = Endpoints.send(Endpoints.api("/catalogue/life-events/BIRTH?lang=en"));
        List<JsonObject> published = Endpoints.json(birth.body())
                .asJsonObject()
                .getJsonArray("steps")
                .getValuesAs(JsonObject.class);
        assertThat(published).hasSize(steps + 1);
        JsonObject parentage = published.get(steps);
        assertThat(parentage.getString("service")).isEqualTo("IRN-PARENTAGE");
        assertThat(parentage.getBoolean("optional")).isTrue();

        browser.get(Endpoints.APP + "/kiosk/?shop=LX-LARANJEIRAS");
        Browser.submit(browser, By.id("kiosk:choose-pt"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("kiosk:finder_input")))
                .sendKeys("paternidade");
        List<WebElement> suggestions = wait.until(
                ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector(".ui-autocomplete-item")));
        assertThat(suggestions.get(0).getText()).startsWith("Perfilhação");
        assertThat(browser.findElements(By.cssSelector("[data-service='IRN-PARENTAGE']")))
                .hasSize(1);
    }

    private static int publishedVersion() {
        HttpResponse<String> versions = admin("GET", "/admin/life-events/BIRTH/versions", null);
        return Endpoints.json(versions.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(version -> version.getString("status").equals("PUBLISHED"))
                .findFirst()
                .orElseThrow()
                .getInt("number");
    }

    private static HttpResponse<String> admin(String method, String path, String body) {
        HttpRequest.Builder request = Endpoints.api(path)
                .header("Authorization", "Bearer " + Endpoints.tokenOf("admin-irn"))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return Endpoints.send(request);
    }

    private void assertAccessible(String screen) {
        assertThat(Browser.accessibilityViolations(browser))
                .as("WCAG 2.1 AA violations on the %s screen", screen)
                .isEmpty();
    }
}
