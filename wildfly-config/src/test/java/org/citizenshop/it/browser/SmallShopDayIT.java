package org.citizenshop.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A day in a small shop, in headless Chromium: citizens take normal, priority and journey tickets at
 * the kiosk of Loja do Cidadão Laranjeiras; two clerks, each in a browser of their own, call them at
 * the two multi-service desks (priority first, at most two in a row, otherwise by arrival; never one
 * ticket at both desks, even when both press at once); a ticket is transferred to the other desk, one
 * is recalled and then marked no-show, a journey goes from its first service's desk to the queue of
 * the next with its number; the display board and a citizen's ticket page follow without reloading.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SmallShopDayIT {

    private static final String SHOP = "LX-LARANJEIRAS";

    /** The demo shops keep the schema's calling policy: two priority calls in a row, one recall before a no-show. */
    private static final int RECALLS_BEFORE_NO_SHOW = 1;

    private static final String NEXT = "É o próximo a ser chamado";
    private static final String TAX_NUMBER = "Atribuir número de identificação fiscal";

    private WebDriver citizen;
    private WebDriver firstClerk;
    private WebDriver secondClerk;
    private WebDriverWait wait;
    private String boardWindow;
    private String kioskWindow;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void openBrowsers() throws java.io.IOException {
        citizen = Browser.start();
        firstClerk = Browser.start();
        secondClerk = Browser.start();
        wait = new WebDriverWait(citizen, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowsers() {
        // Every browser is quit even when one fails to; the first failure is reported after.
        RuntimeException failure = null;
        for (WebDriver browser : Arrays.asList(citizen, firstClerk, secondClerk)) {
            if (browser != null) {
                try {
                    browser.quit();
                } catch (RuntimeException quitting) {
                    if (failure == null) {
                        failure = quitting;
                    } else {
                        failure.addSuppressed(quitting);
                    }
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Test
    void kioskTickets_areCalledAtTwoDesks_byPriorityAndArrival_transferred_recalled_andFollowedOnBoardAndPhone() {
        emptyBothDesks();

        citizen.get(Endpoints.APP + "/board/?shop=" + SHOP);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board")));
        boardWindow = citizen.getWindowHandle();
        Browser.markLoaded(citizen);
        citizen.switchTo().newWindow(WindowType.WINDOW);
        kioskWindow = citizen.getWindowHandle();

        // Morning at the kiosk: numbers by series (A civil registry, B tax, P priority), places by queue.
        citizen.get(Endpoints.APP + "/kiosk/?shop=" + SHOP);
        assertAccessible(citizen, "kiosk language choice");
        KioskTicket a1 = takeTicket(null, true, "IRN-CC");
        KioskTicket b1 = takeTicket(null, false, "AT-NIF");
        KioskTicket p1 = takeTicket("PREGNANCY", true, "IRN-CERT");
        KioskTicket journey = takeTicket(null, true, "IRN-CERT", "AT-NIF");
        KioskTicket p2 = takeTicket("ELDERLY_WITH_LIMITATION", false, "AT-ADDRESS");
        KioskTicket p3 = takeTicket("CHILD_UNDER_TWO", false, "IRN-CC");
        KioskTicket a2 = takeTicket(null, false, "IRN-ADDRESS");

        assertThat(a1.number()).matches("A\\d{3,5}");
        assertThat(b1.number()).matches("B\\d{3,5}");
        assertThat(journey.number()).matches("A\\d{3,5}");
        assertThat(a2.number()).matches("A\\d{3,5}");
        assertThat(List.of(p1.number(), p2.number(), p3.number())).allMatch(number -> number.matches("P\\d{3,5}"));
        assertThat(List.of(a1, b1, p1, journey, p2, p3, a2))
                .extracting(KioskTicket::number)
                .doesNotHaveDuplicates();
        assertThat(a1.ahead()).as("A1, first in the civil registry queue").isEqualTo(NEXT);
        assertThat(b1.ahead()).as("B1, first in the tax queue").isEqualTo(NEXT);
        assertThat(p1.ahead()).as("P1, priority, passes A1").isEqualTo(NEXT);
        assertThat(journey.ahead()).as("the journey, after P1 and A1").isEqualTo("2 pessoas antes de si");
        assertThat(p2.ahead()).as("P2, priority, passes B1").isEqualTo(NEXT);
        assertThat(p3.ahead()).as("P3, priority, after P1").isEqualTo("1 pessoa antes de si");
        assertThat(a2.ahead()).as("A2, after P1, P3, A1, the journey").isEqualTo("4 pessoas antes de si");
        assertThat(journey.services())
                .as("the journey ticket lists both services")
                .hasSize(2);

        // A2's holder follows the ticket on the phone.
        citizen.switchTo().newWindow(WindowType.WINDOW);
        String phoneWindow = citizen.getWindowHandle();
        citizen.get(Endpoints.APP + "/ticket/?code=" + a2.accessCode());
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ticket-number")))
                        .getText())
                .isEqualTo(a2.number());
        assertThat(citizen.findElement(By.id("people-ahead")).getText()).isEqualTo("4 pessoas antes de si");
        assertAccessible(citizen, "digital ticket");
        Browser.markLoaded(citizen);

        // Two clerks open the multi-service desks, each in a browser of their own.
        DeskScreen desk1 = new DeskScreen(firstClerk, "LXL-01", "1");
        DeskScreen desk2 = new DeskScreen(secondClerk, "LXL-02", "2");
        desk1.signIn("clerk1");
        desk2.signIn("clerk2");
        assertThat(desk1.waiting()).isEqualTo("7 senhas à espera para este balcão");
        assertThat(desk2.waiting()).isEqualTo("7 senhas à espera para este balcão");

        // Priority first, at most two in a row while normal tickets wait, then the longest wait.
        assertThat(desk1.callNext())
                .as("priority before earlier normal tickets")
                .isEqualTo(p1.number());
        assertBoardShows(p1.number(), desk1);
        assertThat(desk1.callNext()).as("a second priority ticket in a row").isEqualTo(p2.number());
        assertThat(desk1.callNext())
                .as("after two priority calls in a row the longest-waiting normal ticket, though P3 waits")
                .isEqualTo(a1.number());

        // The citizen at desk 1 belongs at desk 2: transferred, called there next, same number.
        desk1.transferTo(desk2);
        assertThat(desk1.current()).as("desk 1 after the transfer").isEmpty();
        assertThat(desk2.callNext())
                .as("the ticket transferred to desk 2 comes before the priority ticket waiting")
                .isEqualTo(a1.number());
        assertBoardShows(a1.number(), desk2);
        assertThat(desk1.callNext())
                .as("desk 1 called a normal ticket last: priority again")
                .isEqualTo(p3.number());

        citizen.switchTo().window(phoneWindow);
        new WebDriverWait(citizen, Duration.ofSeconds(25))
                .until(ExpectedConditions.textToBe(By.id("people-ahead"), "1 pessoa antes de si"));
        assertThat(Browser.notReloaded(citizen))
                .as("the ticket page updated itself")
                .isTrue();

        // Both clerks press "Call next" at the same moment: two tickets, never one at both desks.
        raceForTheNextTicket(desk1, desk2);
        String atDesk1 = desk1.current().orElseThrow();
        String atDesk2 = desk2.current().orElseThrow();
        assertThat(atDesk1).as("tickets called at once at both desks").isNotEqualTo(atDesk2);
        assertThat(List.of(atDesk1, atDesk2)).containsExactlyInAnyOrder(b1.number(), journey.number());
        DeskScreen journeyDesk = atDesk1.equals(journey.number()) ? desk1 : desk2;
        DeskScreen otherDesk = journeyDesk == desk1 ? desk2 : desk1;

        // The journey's first service is done at its desk; it waits for the next with its number.
        assertThat(journeyDesk.currentService()).endsWith("(IRN-CERT)");
        journeyDesk.start();
        journeyDesk.complete();
        citizen.switchTo().window(kioskWindow);
        citizen.get(Endpoints.APP + "/ticket/?code=" + journey.accessCode());
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ticket-number")))
                        .getText())
                .isEqualTo(journey.number());
        assertThat(citizen.findElement(By.cssSelector(".ticket-service")).getText())
                .isEqualTo(TAX_NUMBER);
        assertThat(citizen.findElement(By.id("ticket-status")).getText()).contains("Em espera");
        assertThat(citizen.findElement(By.id("people-ahead")).getText()).isEqualTo(NEXT);

        assertThat(otherDesk.callNext())
                .as("the journey keeps its arrival in the next queue: before A2")
                .isEqualTo(journey.number());
        assertThat(otherDesk.currentService()).endsWith("(AT-NIF)");
        assertThat(otherDesk.browser.findElements(By.cssSelector(".journey li.step-DONE")))
                .hasSize(1);
        assertThat(otherDesk.browser.findElements(By.cssSelector(".journey li.step-CURRENT")))
                .hasSize(1);
        assertAccessible(otherDesk.browser, "desk with a journey");
        assertBoardShows(journey.number(), otherDesk);

        // A2 does not come: recalled as often as the shop requires, then marked no-show.
        assertThat(journeyDesk.callNext()).isEqualTo(a2.number());
        for (int recall = 1; recall <= RECALLS_BEFORE_NO_SHOW; recall++) {
            assertThat(journeyDesk.noShowAllowed())
                    .as("no-show before recall %d", recall)
                    .isFalse();
            journeyDesk.recall(a2.number(), recall);
        }
        assertThat(journeyDesk.noShowAllowed()).as("no-show after the recalls").isTrue();
        assertBoardShows(a2.number(), journeyDesk);
        wait.until(
                ExpectedConditions.textToBe(By.cssSelector(".previous tbody tr:first-child td.number"), a2.number()));
        assertAccessible(citizen, "display board");

        citizen.switchTo().window(phoneWindow);
        new WebDriverWait(citizen, Duration.ofSeconds(25))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("ticket-status"), "Chamada — dirija-se ao balcão " + journeyDesk.number));
        assertThat(Browser.notReloaded(citizen))
                .as("the ticket page updated itself")
                .isTrue();

        journeyDesk.noShow();
        otherDesk.complete();

        // Every ticket was served once (twice for the transfer and the journey): nobody is left.
        for (DeskScreen desk : List.of(desk1, desk2)) {
            desk.callNobody();
            desk.signOut();
        }
    }

    /** Nobody waits at either multi-service desk and nobody is signed in there, with a fresh priority count. */
    private static void emptyBothDesks() {
        String supervisor = Endpoints.tokenOf("supervisor1");
        String clerk = Endpoints.tokenOf("clerk1");
        for (String desk : List.of("LXL-01", "LXL-02")) {
            closeDesk(desk, supervisor);
            Endpoints.drain(desk, clerk);
            closeDesk(desk, supervisor);
        }
    }

    private static void closeDesk(String desk, String supervisorToken) {
        HttpResponse<String> closed = Endpoints.post("/desks/" + desk + "/close", supervisorToken, "");
        assertThat(closed.statusCode())
                .as("closing %s: %s", desk, closed.body())
                .isEqualTo(204);
    }

    /** One citizen at the kiosk, from the language screen to "Finish"; the kiosk is left on the language screen. */
    private KioskTicket takeTicket(String priority, boolean checkScreens, String... services) {
        citizen.switchTo().window(kioskWindow);
        Browser.submit(citizen, By.id("kiosk:choose-pt"));
        for (int i = 0; i < services.length; i++) {
            if (i > 0) {
                Browser.submit(citizen, By.id("kiosk:add-another"));
            }
            By service = By.cssSelector("button[data-service='" + services[i] + "']");
            wait.until(ExpectedConditions.elementToBeClickable(service));
            if (checkScreens && i == 0 && services.length == 1 && priority == null) {
                assertAccessible(citizen, "kiosk service choice");
            }
            Browser.submit(citizen, service);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kiosk:take")));
            assertThat(citizen.findElements(By.cssSelector("#chosen-services li")).stream()
                            .map(chosen -> chosen.getDomAttribute("data-service"))
                            .toList())
                    .as("the services of the visit so far")
                    .containsExactly(Arrays.copyOf(services, i + 1));
        }
        if (priority != null) {
            WebElement reason =
                    citizen.findElement(By.cssSelector("input[name='kiosk:priority'][value='" + priority + "']"));
            reason.click();
            assertThat(reason.isSelected()).as("priority %s chosen", priority).isTrue();
        }
        if (checkScreens) {
            assertAccessible(citizen, "kiosk confirmation of " + String.join(" + ", services));
        }
        Browser.submit(citizen, By.id("kiosk:take"));

        String number = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ticket-number")))
                .getText();
        if (checkScreens && priority == null && services.length == 1) {
            assertAccessible(citizen, "kiosk ticket");
        }
        KioskTicket ticket = new KioskTicket(
                number,
                citizen.findElement(By.id("ticket-code")).getText(),
                citizen.findElement(By.id("people-ahead")).getText(),
                citizen.findElements(By.cssSelector(".ticket-service")).stream()
                        .map(WebElement::getText)
                        .toList());
        assertThat(ticket.accessCode())
                .as("the access code printed on ticket %s", number)
                .isNotBlank();
        Browser.submit(citizen, By.id("kiosk:finish"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kiosk:choose-pt")));
        return ticket;
    }

    /** Both clerks' "Call next" at the same instant, as two clicks scheduled in two browsers. */
    private static void raceForTheNextTicket(DeskScreen one, DeskScreen other) {
        WebElement onePage = one.browser.findElement(By.tagName("html"));
        WebElement otherPage = other.browser.findElement(By.tagName("html"));
        long at = System.currentTimeMillis() + 500;
        String click = "var at = arguments[0]; setTimeout(function () {"
                + " document.getElementById('desk:call-next').click(); }, Math.max(0, at - Date.now()));";
        ((JavascriptExecutor) one.browser).executeScript(click, at);
        ((JavascriptExecutor) other.browser).executeScript(click, at);
        one.wait.until(ExpectedConditions.stalenessOf(onePage));
        other.wait.until(ExpectedConditions.stalenessOf(otherPage));
        one.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-number")));
        other.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-number")));
    }

    /** Switches the citizen's browser to the board, which must come to show the call without reloading. */
    private void assertBoardShows(String number, DeskScreen desk) {
        citizen.switchTo().window(boardWindow);
        wait.until(ExpectedConditions.textToBe(By.id("latest-number"), number));
        wait.until(ExpectedConditions.textToBe(By.id("latest-desk"), desk.number));
        assertThat(Browser.notReloaded(citizen))
                .as("the board updated without reloading")
                .isTrue();
    }

    private static void assertAccessible(WebDriver browser, String screen) {
        assertThat(Browser.accessibilityViolations(browser))
                .as("WCAG 2.1 AA violations on the %s screen", screen)
                .isEmpty();
    }

    /** What the kiosk printed: the number, the code of the ticket's own page, the place and the services. */
    private record KioskTicket(String number, String accessCode, String ahead, List<String> services) {}

    /** A clerk's desk screen in the clerk's own browser. */
    private static final class DeskScreen {

        final WebDriver browser;
        final WebDriverWait wait;
        final String code;
        final String number;

        DeskScreen(WebDriver browser, String code, String number) {
            this.browser = browser;
            this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            this.code = code;
            this.number = number;
        }

        void signIn(String clerk) {
            browser.get(Endpoints.APP + "/desk/");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            assertThat(browser.getCurrentUrl()).contains("/realms/citizen-shop/");
            browser.findElement(By.id("username")).sendKeys(clerk);
            browser.findElement(By.id("password")).sendKeys(Endpoints.PASSWORD);
            browser.findElement(By.id("kc-login")).click();
            By choice = By.cssSelector("[data-desk='" + code + "']");
            wait.until(ExpectedConditions.elementToBeClickable(choice));
            Browser.submit(browser, choice);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("desk:call-next")));
            assertThat(browser.findElement(By.cssSelector(".desk-code")).getText())
                    .isEqualTo(code);
        }

        String waiting() {
            return browser.findElement(By.id("waiting")).getText();
        }

        /** Calls the next ticket (completing the one at the desk, if any) and answers its number. */
        String callNext() {
            Browser.submit(browser, By.id("desk:call-next"));
            String called = current()
                    .orElseThrow(
                            () -> new AssertionError("no ticket called at " + code + "; the desk says: " + messages()));
            assertThat(messages()).contains("Senha " + called + " chamada para o balcão " + number + ".");
            return called;
        }

        void callNobody() {
            Browser.submit(browser, By.id("desk:call-next"));
            assertThat(current()).as("called at %s with nobody left", code).isEmpty();
            assertThat(messages()).contains("Não há ninguém à espera para este balcão.");
            assertThat(waiting()).isEqualTo("Ninguém à espera para este balcão");
        }

        Optional<String> current() {
            return browser.findElements(By.id("current-number")).stream()
                    .findFirst()
                    .map(WebElement::getText);
        }

        String currentService() {
            return browser.findElement(By.id("current-service")).getText();
        }

        String currentStatus() {
            return browser.findElement(By.id("current-status")).getText();
        }

        boolean noShowAllowed() {
            return browser.findElement(By.id("desk:no-show")).isEnabled();
        }

        void recall(String ticket, int recall) {
            Browser.submit(browser, By.id("desk:recall"));
            assertThat(messages()).contains("Senha " + ticket + " chamada de novo (" + recall + ".ª rechamada).");
            assertThat(currentStatus()).contains("rechamada " + recall + " de " + RECALLS_BEFORE_NO_SHOW);
        }

        void start() {
            Browser.submit(browser, By.id("desk:start"));
            assertThat(currentStatus()).startsWith("Em atendimento");
        }

        void complete() {
            Browser.submit(browser, By.id("desk:complete"));
            assertThat(messages()).contains("Atendimento concluído.");
            assertThat(current()).as("ticket at %s after completing", code).isEmpty();
        }

        void noShow() {
            Browser.submit(browser, By.id("desk:no-show"));
            assertThat(messages()).contains("Senha marcada como não comparecida.");
            assertThat(current()).as("ticket at %s after the no-show", code).isEmpty();
        }

        void transferTo(DeskScreen target) {
            String ticket = current().orElseThrow();
            new Select(browser.findElement(By.id("desk:transfer-desk"))).selectByValue(target.code);
            Browser.submit(browser, By.id("desk:transfer"));
            assertThat(messages()).contains("Senha " + ticket + " encaminhada.");
        }

        void signOut() {
            Browser.submit(browser, By.id("desk:sign-out"));
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-desk='" + code + "']")));
        }

        private String messages() {
            return browser.findElements(By.id("desk:messages")).stream()
                    .findFirst()
                    .map(WebElement::getText)
                    .orElse("");
        }
    }
}
