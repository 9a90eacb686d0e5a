package nl.weerbaar.example;

import nl.weerbaar.example.support.Api;
import nl.weerbaar.example.support.Api.Response;
import nl.weerbaar.example.support.Browser;
import nl.weerbaar.example.support.ExampleAppTest;
import nl.weerbaar.example.support.Tasklist;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Weerbaarheidsmonitor in headless Chromium, as utrecht.aov, vr-utrecht.ab and utrecht.griffie would use it after
 * logging in to Tasklist: every page renders, its figures match the API's, axe-core finds no WCAG 2.1 A or AA
 * violation, and the Tab key reaches every link and button. Saves screenshots into docs/.
 */
@ExampleAppTest
class MonitorBrowserIT {

    private static final String POWER_OUTAGE = "LANGDURIGE_STROOMUITVAL";

    private static final Path AXE = Path.of("..", "tools", "monitor", "node_modules", "axe-core", "axe.min.js")
            .toAbsolutePath().normalize();
    private static final Path DOCS = Path.of("..", "docs");
    private static String axe;

    @LocalServerPort
    int port;

    @BeforeAll
    static void browserAndAxe() throws IOException {
        Browser.assumeAvailable();
        if (!Files.isRegularFile(AXE)) {
            String missing = "axe-core is not installed; run npm ci in tools/monitor";
            if (Boolean.parseBoolean(System.getenv("WEERBAAR_REQUIRE_BROWSER"))) {
                throw new IllegalStateException("Accessibility checks required (WEERBAAR_REQUIRE_BROWSER): " + missing);
            }
            System.out.println("[weerbaar] Monitor browser tests skipped: " + missing);
        }
        assumeTrue(Files.isRegularFile(AXE), "axe-core is not installed; run npm ci in tools/monitor");
        axe = Files.readString(AXE, StandardCharsets.UTF_8);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void theAovAdviseurSeesEveryPageAccessibleWithTheApisFigures() {
        try (Browser browser = Browser.open("nl-NL")) {
            new Tasklist(browser, base()).logIn("utrecht.aov", Api.PASSWORD);
            browser.go(base() + "/weerbaar/gemeente");
            browser.await(By.cssSelector("h1"));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard Gemeente Utrecht");
            Response dashboard = Api.onPort(port).get("/api/weerbaar/v1/dashboard", "utrecht.aov");
            for (String status : List.of("DONE", "IN_PROGRESS", "OVERDUE", "NOT_STARTED", "NOT_APPLICABLE")) {
                String field = switch (status) {
                    case "DONE" -> "done";
                    case "IN_PROGRESS" -> "inProgress";
                    case "OVERDUE" -> "overdue";
                    case "NOT_STARTED" -> "notStarted";
                    default -> "notApplicable";
                };
                assertThat(browser.driver().findElement(By.cssSelector("[data-total='" + status + "']")).getText())
                        .as(status).isEqualTo(String.valueOf((Integer) dashboard.json("$.total." + field)));
            }
            assertThat(browser.driver().findElement(By.cssSelector("[data-figure='percent-done']")).getText())
                    .startsWith(dashboard.json("$.total.percentDone") + "% afgerond");
            checkPage(browser, "dashboard");
            browser.screenshot(DOCS.resolve("monitor-dashboard.png"));

            for (String path : List.of("/weerbaar/gemeente/maatregelen/3.1", "/weerbaar/scenarios",
                    "/weerbaar/scenarios/" + POWER_OUTAGE, "/weerbaar/noodhandboek",
                    "/weerbaar/noodhandboek/" + POWER_OUTAGE, "/weerbaar/raadsrapportage",
                    "/weerbaar/toegankelijkheid")) {
                browser.go(base() + path);
                browser.await(By.cssSelector("h1"));
                checkPage(browser, path);
            }
            browser.go(base() + "/weerbaar/scenarios");
            browser.await(By.cssSelector("h1"));
            browser.screenshot(DOCS.resolve("monitor-scenarios.png"));
            browser.go(base() + "/weerbaar/gemeente?lang=en");
            browser.awaitText(By.tagName("h1"), "Dashboard Gemeente Utrecht");
            assertThat(browser.driver().findElement(By.cssSelector("[data-figure='percent-done']")).getText())
                    .contains("% done");
            checkPage(browser, "dashboard in English");
            browser.go(base() + "/weerbaar/toegankelijkheid");
            browser.awaitText(By.tagName("h1"), "Accessibility statement");
            checkPage(browser, "accessibility statement in English");
            browser.go(base() + "/weerbaar/gemeente?lang=nl");
            // A gemeente never sees the region matrix.
            browser.go(base() + "/weerbaar/regio");
            browser.awaitText(By.tagName("h1"), "Geen toegang");
            assertThat(browser.all(By.id("matrix-tabel"))).isEmpty();
            checkPage(browser, "regio refused to a gemeente");
            browser.go(base() + "/weerbaar/toegankelijkheid");
            browser.awaitText(By.tagName("h1"), "Toegankelijkheidsverklaring");
            browser.screenshot(DOCS.resolve("monitor-toegankelijkheid.png"));
        }
    }

    @Test
    void theVeiligheidsregioSeesItsMembersAccessibleWithTheApisFigures() {
        try (Browser browser = Browser.open("nl-NL")) {
            new Tasklist(browser, base()).logIn("vr-utrecht.ab", Api.PASSWORD);
            browser.go(base() + "/weerbaar/");
            browser.awaitText(By.tagName("h1"), "Regio-overzicht Veiligheidsregio Utrecht");
            Response region = Api.onPort(port).get("/api/weerbaar/v1/region-dashboard", "vr-utrecht.ab");
            for (String member : List.of("utrecht", "amersfoort")) {
                assertThat(browser.driver().findElement(By.cssSelector("#pijler-percentages tr[data-member='" + member
                        + "'] td[data-pillar='total']")).getText()).isEqualTo(((List<?>) region.json(
                        "$.members[?(@.tenant == '" + member + "')].total.percentDone")).get(0) + "%");
            }
            assertThat(browser.all(By.cssSelector("#matrix-tabel td.wb-cell[data-member='utrecht']")))
                    .hasSize(((List<?>) region.json("$.members[0].measures")).size());
            assertThat(browser.all(By.cssSelector("#regie-tabel td[data-member='utrecht'][data-executed-by-region="
                    + "'true']"))).isNotEmpty();
            checkPage(browser, "regio");
            browser.screenshot(DOCS.resolve("monitor-regio.png"));
            // A region sees no gemeente's dashboard.
            browser.go(base() + "/weerbaar/gemeente");
            browser.awaitText(By.tagName("h1"), "Geen toegang");
            assertThat(browser.driver().getPageSource()).doesNotContain("utrecht.aov", "#/?task=");
            checkPage(browser, "dashboard refused to the region");
        }
    }

    @Test
    void theGriffieReadsTheRaadsrapportageAccessibly() {
        try (Browser browser = Browser.open("nl-NL")) {
            new Tasklist(browser, base()).logIn("utrecht.griffie", Api.PASSWORD);
            browser.go(base() + "/weerbaar/raadsrapportage");
            browser.awaitText(By.tagName("h1"), "Raadsrapportage weerbaarheid en veerkracht Gemeente Utrecht");
            Response report = Api.onPort(port).get("/api/weerbaar/v1/raadsrapportage", "utrecht.griffie");
            String text = browser.driver().findElement(By.tagName("body")).getText();
            for (Object ref : (List<?>) report.json("$.measures[*].ref")) {
                assertThat(text).contains(ref + " ");
            }
            checkPage(browser, "raadsrapportage");
            browser.screenshot(DOCS.resolve("monitor-raadsrapportage.png"));
            browser.go(base() + "/weerbaar/gemeente");
            browser.awaitText(By.tagName("h1"), "Dashboard Gemeente Utrecht");
            checkPage(browser, "dashboard of the griffie");
        }
    }

    /** axe-core's WCAG 2.1 A and AA rules find nothing, and Tab reaches every link, button and scroll region. */
    private void checkPage(Browser browser, String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        js.executeScript(axe);
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(function (r) { done(r.violations.map(function (v) { return v.id + ': ' + v.help + ' — '"
                + " + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); })); })"
                + ".catch(function (e) { done(['axe failed: ' + e]); });");
        assertThat((List<?>) result).as(page + ": axe-core WCAG 2.1 A/AA violations").isEmpty();

        Long controls = (Long) js.executeScript("var all = Array.from(document.querySelectorAll("
                + "'a[href], button, input:not([type=hidden]), select, textarea, [tabindex=\"0\"]'))"
                + ".filter(function (e) { return e.offsetParent !== null || e === document.activeElement; });"
                + "all.forEach(function (e, i) { e.setAttribute('data-kb', i); }); return all.length;");
        js.executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        Set<String> reached = new LinkedHashSet<>();
        Actions keys = new Actions(browser.driver());
        for (int i = 0; i < controls + 3; i++) {
            keys.sendKeys(Keys.TAB).perform();
            Object index = js.executeScript("return document.activeElement && document.activeElement"
                    + ".getAttribute('data-kb');");
            if (index != null) {
                reached.add(index.toString());
            }
        }
        List<String> missed = new ArrayList<>();
        for (long i = 0; i < controls; i++) {
            if (!reached.contains(String.valueOf(i))) {
                missed.add((String) js.executeScript("var e = document.querySelector('[data-kb=\"" + i + "\"]');"
                        + " return e.outerHTML.substring(0, 160);"));
            }
        }
        assertThat(missed).as(page + ": controls the Tab key does not reach (of " + controls + ")").isEmpty();
        assertThat(controls).as(page + ": controls").isPositive();
        js.executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
    }
}
