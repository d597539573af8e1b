package org.citizenshop.it.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver (never a browser a tool downloads),
 * axe-core's WCAG 2.1 AA check of the page on screen, and what the browser's console reported.
 */
public final class Browser {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Browser() {}

    public static WebDriver start() throws java.io.IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1024",
                "--lang=pt-PT",
                "--user-data-dir=" + Files.createTempDirectory("chromium-it"));
        LoggingPreferences console = new LoggingPreferences();
        console.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, console);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * The content security policy's refusals the console reported since the last call (reading the
     * console empties it), one line each; empty when there were none.
     */
    public static List<String> contentSecurityViolations(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    /** Clicks a control that submits its form, and waits until the page that answers has replaced this one. */
    public static void submit(WebDriver driver, By control) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(control).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(current -> replaced(page));
    }

    /**
     * Whether the element's document was replaced. Chromium reports an element of a document being
     * torn down either as stale or, in the instant between, as a node that "does not belong to the
     * document"; both mean the old page is gone. Any other error is a real one and is thrown.
     */
    private static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException stale) {
            return true;
        } catch (org.openqa.selenium.WebDriverException detached) {
            if (String.valueOf(detached.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw detached;
        }
    }

    /** Marks the page in its own script state, which a reload would wipe (see {@link #notReloaded}). */
    public static void markLoaded(WebDriver driver) {
        ((JavascriptExecutor) driver).executeScript("window.loadedOnce = true;");
    }

    /** Whether the page marked by {@link #markLoaded} is still the same document, updated in place. */
    public static boolean notReloaded(WebDriver driver) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.loadedOnce === true;"));
    }

    /** The accessibility violations of the current page, one line per rule, empty when there are none. */
    public static String accessibilityViolations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        if (results.getErrorMessage() != null) {
            return "axe-core failed: " + results.getErrorMessage();
        }
        return results.getViolations().stream()
                .map(Browser::describe)
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", "));
    }
}
