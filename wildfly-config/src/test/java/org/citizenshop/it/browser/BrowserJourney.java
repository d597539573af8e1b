package org.citizenshop.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test shares: a fresh headless Chromium per test (Debian's, see {@link Browser}),
 * a 30-second wait on it, and the WCAG 2.1 AA check of the screen it shows.
 */
public abstract class BrowserJourney {

    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws java.io.IOException {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    /** No axe-core violation of WCAG 2.1 AA on the screen the browser shows. */
    protected void assertAccessible(String screen) {
        assertAccessible(browser, screen);
    }

    protected static void assertAccessible(WebDriver driver, String screen) {
        assertThat(Browser.accessibilityViolations(driver))
                .as("WCAG 2.1 AA violations on the %s screen", screen)
                .isEmpty();
    }
}
