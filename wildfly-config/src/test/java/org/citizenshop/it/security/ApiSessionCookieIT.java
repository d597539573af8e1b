package org.citizenshop.it.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenshop.it.http.Endpoints.APP;
import static org.citizenshop.it.http.Endpoints.api;
import static org.citizenshop.it.http.Endpoints.object;
import static org.citizenshop.it.http.Endpoints.send;
import static org.citizenshop.it.http.Endpoints.tokenOf;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.citizenshop.it.Deployments;
import org.citizenshop.it.browser.Browser;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Cross-site request forgery against the API: a clerk logged in to the desk in a browser holds a
 * session cookie the browser would send with a request any page makes. That cookie identifies the
 * clerk to the API (reads work with it alone, as the desk's receipt link needs), but no request that
 * changes something is accepted on it: only a bearer token authorises those.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiSessionCookieIT {

    private static final String DESK = "LXL-04";

    private WebDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void openBrowser() throws java.io.IOException {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aClerksSessionCookie_readsButChangesNothing_aBearerTokenDoes() {
        String session = "JSESSIONID=" + clerkSessionOfABrowser();

        HttpResponse<String> read = send(api("/desks/" + DESK).header("Cookie", session));
        assertThat(read.statusCode())
                .as("the session identifies the clerk: %s", read.body())
                .isEqualTo(200);

        HttpResponse<String> forged = send(callNext().header("Cookie", session));
        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(401);
        assertThat(forged.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(forged.headers().firstValue("WWW-Authenticate"))
                .get()
                .asString()
                .startsWith("Bearer");
        assertThat(object(forged).getString("detail")).contains("Bearer");

        HttpResponse<String> authorised =
                send(callNext().header("Cookie", session).header("Authorization", "Bearer " + tokenOf("clerk1")));
        assertThat(authorised.statusCode()).as(authorised.body()).isIn(200, 204);
    }

    private static HttpRequest.Builder callNext() {
        return api("/desks/" + DESK + "/call-next")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody());
    }

    /** Logs clerk1 in to the desk on the identity provider's page; the session cookie the browser then holds. */
    private String clerkSessionOfABrowser() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(APP + "/desk/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")))
                .sendKeys("clerk1");
        browser.findElement(By.id("password")).sendKeys(Endpoints.PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("desk")));
        return browser.manage().getCookieNamed("JSESSIONID").getValue();
    }
}
