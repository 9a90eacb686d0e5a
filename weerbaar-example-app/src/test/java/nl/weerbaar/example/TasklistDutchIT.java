package nl.weerbaar.example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.weerbaar.example.support.Api;
import nl.weerbaar.example.support.Api.Response;
import nl.weerbaar.example.support.Browser;
import nl.weerbaar.example.support.ExampleAppTest;
import nl.weerbaar.example.support.Tasklist;
import nl.weerbaar.example.support.Tasklist.TaskCard;
import nl.weerbaar.example.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda's webapps speak Dutch to a browser whose first language is Dutch, and English to every other browser,
 * through the one dependency {@code weerbaar-webapps-nl}: Tasklist, the login page, Cockpit and Admin. No page tells
 * its users to migrate to Camunda 8. Saves screenshots of Tasklist, Cockpit and Admin in Dutch into docs/.
 */
@ExampleAppTest
class TasklistDutchIT {

    static final Path SCREENSHOT = Browser.docs("tasklist-nl.png");
    static final Path COCKPIT_SCREENSHOT = Browser.docs("cockpit-nl.png");
    static final Path ADMIN_SCREENSHOT = Browser.docs("admin-nl.png");

    static final List<String> WEBAPPS = List.of("admin", "cockpit", "tasklist", "welcome");

    /** Tasklist's own words a Dutch user sees, logged in, with a group task open: header, list, task, tabs. */
    static final List<String> DUTCH = List.of("Sneltoetsen", "Taak aanmaken", "Proces starten", "Aangemaakt",
            "Opmerking toevoegen", "Opvolgdatum instellen", "Vervaldatum instellen", "Claimen", "Formulier",
            "Geschiedenis", "Diagram", "Beschrijving");
    /** Their English counterparts: phrases nowhere on the page, words (part of Dutch ones) on no line of their own. */
    static final List<String> ENGLISH_PHRASES = List.of("Keyboard Shortcuts", "Create task", "Start process",
            "Add Comment", "Set follow-up date", "Set due date", "a few seconds ago");
    static final List<String> ENGLISH_WORDS = List.of("Created", "Claim", "Form", "History", "Description");

    /** Cockpit's dashboard for an administrator: menu and the sections of running and deployed work. */
    static final List<String> COCKPIT_DUTCH = List.of("Processen", "Beslissingen", "Gebruikerstaken", "Meer",
            "Lopende procesinstanties", "Open incidenten", "Open gebruikerstaken", "Gedeployed", "Procesdefinities",
            "Beslissingsdefinities", "Deployments");
    static final List<String> COCKPIT_ENGLISH = List.of("Processes", "Decisions", "Human Tasks",
            "Running Process Instances", "Open Incidents", "Open Human Tasks", "Process Definitions",
            "Decision Definitions");

    /** Admin's list of users: menu, title, columns. */
    static final List<String> ADMIN_DUTCH = List.of("Gebruikers", "Groepen", "Tenants", "Autorisaties", "Systeem",
            "Lijst van gebruikers", "Voornaam", "Achternaam", "E-mailadres", "Gebruiker toevoegen");
    static final List<String> ADMIN_ENGLISH = List.of("Users", "Groups", "Authorizations", "System",
            "List of Users", "First Name", "Last Name", "Add user");

    /** The Welcome application's start page: the user's webapps and profile. */
    static final List<String> WELCOME_DUTCH = List.of("Applicaties", "Profiel", "Wachtwoord wijzigen", "Groepen");
    static final List<String> WELCOME_ENGLISH = List.of("Applications", "Change password", "Groups");

    /** Camunda 7 CE's end-of-life banner, in Camunda's English and as Camunda's Dutch would read. */
    static final List<String> MIGRATE = List.of("Camunda 8", "migrate", "overstappen", "migratiegids");

    @LocalServerPort
    int port;

    @Test
    void everyWebappServesTheDutchLocaleAndItsOwnConfigurationWithDutchAdded() throws IOException {
        Api api = Api.onPort(port);
        for (String webapp : WEBAPPS) {
            String app = "/camunda/app/" + webapp;
            JsonNode english = locale(api, app, "en");
            JsonNode dutch = locale(api, app, "nl");
            assertThat(dutch.get("labels").size()).as(webapp + " nl.json labels").isEqualTo(english.get("labels").size());

            // The jar's config.js imports the webapp's own, which is still served as it is.
            Response config = api.get(app + "/scripts/config.js?bust=1");
            assertThat(config.status()).isEqualTo(200);
            assertThat(config.body()).contains("import config from './config.js?weerbaar=original&bust=1';",
                    "availableLocales.push('nl')");
            assertThat(api.get(app + "/scripts/config.js?weerbaar=original&bust=1").body())
                    .contains("Copyright Camunda Services GmbH", "export default {");

            assertThat(api.get(app + "/styles/user-styles.css?bust=7.24.0").body())
                    .contains("@import url(\"user-styles.css?weerbaar=original&bust=7.24.0\");", ".ce-eol-banner");
        }
    }

    @Test
    void aBrowserAskingForDutchGetsTasklistInDutch() {
        Browser.assumeAvailable();
        try (Browser browser = Browser.open("nl-NL")) {
            Tasklist tasklist = new Tasklist(browser, Api.onPort(port).base()).loginPage();
            assertThat(tasklist.locale()).isEqualTo("nl");
            assertThat(tasklist.loginButton("Aanmelden")).isEqualTo("Aanmelden");
            assertThat(browser.all(By.cssSelector("form[name='signinForm'] input")).stream()
                    .map(input -> input.getDomProperty("placeholder")).toList())
                    .containsExactly("Gebruikersnaam", "Wachtwoord");
            assertNoMigrateBanner(browser, tasklist.pageText(text -> text.contains("Aanmelden")));

            tasklist.logIn("utrecht.aov", Api.PASSWORD);
            assertThat(configuration(browser, "camTasklistConf")).containsEntry("fallbackLocale", "en")
                    .containsEntry("availableLocales", List.of("en", "nl"))
                    .containsEntry("claimTask", "claimt de geselecteerde taak");
            TaskCard intake = tasklist.measureTask(TasklistBrowserIT.INTAKE, "1.1").orElseThrow();
            tasklist.open(intake);
            assertThat(tasklist.readOnly("measureTitle")).isEqualTo("Kritieke bedrijfsprocessen in beeld");

            String page = tasklist.pageText(text -> DUTCH.stream().allMatch(text::contains));
            assertThat(page).contains(DUTCH);
            assertThat(page).doesNotContain(ENGLISH_PHRASES);
            assertThat(page.lines().map(String::strip)).doesNotContainAnyElementsOf(ENGLISH_WORDS);
            assertNoMigrateBanner(browser, page);
            if (!TestDatabase.postgres()) {
                browser.screenshot(SCREENSHOT);
            }
        }
    }

    @Test
    void aBrowserAskingForDutchGetsCockpitAdminAndTheWelcomePageInDutch() {
        Browser.assumeAvailable();
        try (Browser browser = Browser.open("nl-NL")) {
            Tasklist page = new Tasklist(browser, Api.onPort(port).base());
            logIn(browser, "cockpit", "demo");
            browser.go(Api.onPort(port).base() + "/camunda/app/cockpit/default/#/dashboard");
            assertThat(page.locale()).isEqualTo("nl");
            String cockpit = page.pageText(text -> COCKPIT_DUTCH.stream().allMatch(text::contains));
            assertThat(cockpit).contains(COCKPIT_DUTCH).doesNotContain(COCKPIT_ENGLISH);
            assertNoMigrateBanner(browser, cockpit);
            assertThat(configuration(browser, "camCockpitConf")).containsEntry("availableLocales", List.of("en", "nl"));
            if (!TestDatabase.postgres()) {
                browser.screenshot(COCKPIT_SCREENSHOT);
            }

            browser.go(Api.onPort(port).base() + "/camunda/app/admin/default/#/users");
            String admin = page.pageText(text -> ADMIN_DUTCH.stream().allMatch(text::contains) && text.contains("demo"));
            assertThat(admin).contains(ADMIN_DUTCH).doesNotContain(ADMIN_ENGLISH);
            assertNoMigrateBanner(browser, admin);
            if (!TestDatabase.postgres()) {
                browser.screenshot(ADMIN_SCREENSHOT);
            }

            browser.go(Api.onPort(port).base() + "/camunda/app/welcome/default/");
            String welcome = page.pageText(text -> WELCOME_DUTCH.stream().allMatch(text::contains));
            assertThat(welcome).contains(WELCOME_DUTCH).doesNotContain(WELCOME_ENGLISH);
            assertNoMigrateBanner(browser, welcome);
        }
    }

    @Test
    void aBrowserAskingForAnotherLanguageGetsTheWebappsInEnglishWithoutTheMigrateBanner() {
        Browser.assumeAvailable();
        // German: Camunda ships a de.json, but the application offers only nl and en, so German falls back to en.
        // (TasklistBrowserIT's browsers ask for en-US and see Tasklist in English: docs/tasklist-intake.png.)
        try (Browser browser = Browser.open("de-DE")) {
            Tasklist tasklist = new Tasklist(browser, Api.onPort(port).base()).loginPage();
            assertThat(tasklist.locale()).isEqualTo("en");
            assertThat(tasklist.loginButton("Log in")).isEqualTo("Log in");
            assertNoMigrateBanner(browser, tasklist.pageText(text -> text.contains("Log in")));

            logIn(browser, "cockpit", "demo");
            browser.go(Api.onPort(port).base() + "/camunda/app/cockpit/default/#/dashboard");
            String cockpit = tasklist.pageText(text -> text.contains("Running Process Instances"));
            assertThat(cockpit).contains("Running Process Instances", "Open Incidents");
            assertNoMigrateBanner(browser, cockpit);
        }
    }

    /** Logs in on a webapp's own login page, in whatever language it chose, and waits for its start page. */
    private void logIn(Browser browser, String webapp, String user) {
        browser.go(Api.onPort(port).base() + "/camunda/app/" + webapp + "/");
        browser.type(By.cssSelector("input[ng-model='username']"), user);
        browser.type(By.cssSelector("input[ng-model='password']"), Api.PASSWORD);
        browser.click(By.cssSelector("form[name='signinForm'] button[type='submit']"));
        browser.until(driver -> driver.findElements(By.cssSelector("form[name='signinForm']")).isEmpty());
    }

    /**
     * No text asks anyone to migrate, and the banner is in the page but hidden: Camunda 7 CE always renders it.
     * Operaton has no such banner, nor its locale key.
     */
    private void assertNoMigrateBanner(Browser browser, String pageText) {
        assertThat(pageText).doesNotContain(MIGRATE);
        List<WebElement> banners = browser.all(By.cssSelector(".ce-eol-banner"));
        if (hasEndOfLifeBanner()) {
            assertThat(banners).as("Camunda's end-of-life banner").isNotEmpty().noneMatch(WebElement::isDisplayed);
        } else {
            assertThat(banners).as("an end-of-life banner").isEmpty();
        }
    }

    /** Whether the engine's webapps have the end-of-life banner: their English locale has its text. */
    private boolean hasEndOfLifeBanner() {
        try {
            return locale(Api.onPort(port), "/camunda/app/tasklist", "en").get("labels").has("BANNER_CE_EOL_TEXT");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The locales and the first shortcut of the configuration the webapp loaded from its config.js. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> configuration(Browser browser, String global) {
        return browser.until(driver -> (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                "var conf = window[arguments[0]]; if (!conf || !conf.locales) { return null; }"
                        + " return {availableLocales: conf.locales.availableLocales,"
                        + " fallbackLocale: conf.locales.fallbackLocale,"
                        + " claimTask: conf.shortcuts && conf.shortcuts.claimTask"
                        + " ? conf.shortcuts.claimTask.description : null};", global));
    }

    /** A locale file as the application serves it to the login page: the webjar's en.json, this jar's nl.json. */
    private static JsonNode locale(Api api, String app, String language) throws IOException {
        Response file = api.get(app + "/locales/" + language + ".json");
        assertThat(file.status()).as(app + " " + language + ".json").isEqualTo(200);
        return new ObjectMapper().readTree(file.body().replaceFirst("^\uFEFF", ""));
    }
}
