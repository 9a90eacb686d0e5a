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
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist speaks Dutch to a browser whose first language is Dutch, and English to every other browser: the
 * application serves {@code nl.json} next to the webjar's {@code en.json} for Tasklist and the Welcome application
 * (login at {@code /camunda/app/}, profile) and offers {@code nl} and {@code en} in their {@code config.js}. Saves a
 * screenshot of Tasklist in Dutch into docs/.
 */
@ExampleAppTest
class TasklistDutchIT {

    static final Path SCREENSHOT = Path.of("..", "docs", "tasklist-nl.png");

    /** Tasklist's own words a Dutch user sees, logged in, with a group task open: header, list, task, tabs. */
    static final List<String> DUTCH = List.of("Sneltoetsen", "Taak aanmaken", "Proces starten", "Aangemaakt",
            "Opmerking toevoegen", "Opvolgdatum instellen", "Vervaldatum instellen", "Claimen", "Formulier",
            "Geschiedenis", "Diagram", "Beschrijving", "Het is tijd om over te stappen op Camunda 8");
    /** Their English counterparts: phrases nowhere on the page, words (part of Dutch ones) on no line of their own. */
    static final List<String> ENGLISH_PHRASES = List.of("Keyboard Shortcuts", "Create task", "Start process",
            "Add Comment", "Set follow-up date", "Set due date", "It is time to migrate", "a few seconds ago");
    static final List<String> ENGLISH_WORDS = List.of("Created", "Claim", "Form", "History", "Description");

    @LocalServerPort
    int port;

    @Test
    void tasklistAndWelcomeOfferDutchWithEveryKeyOfTheEnglishLocaleTranslated() throws IOException {
        Api api = Api.onPort(port);
        for (String app : List.of("tasklist", "welcome")) {
            // The application's config.js replaces the webjar's, which offers English only.
            assertThat(api.get("/camunda/app/" + app + "/scripts/config.js").body())
                    .contains("availableLocales: ['nl', 'en']", "fallbackLocale: 'en'");
            JsonNode english = locale(api, app, "en");
            JsonNode dutch = locale(api, app, "nl");
            assertThat(keys(dutch)).as(app + " nl.json keys").isEqualTo(keys(english));
            english.get("labels").fields().forEachRemaining(label -> assertThat(
                    placeholders(dutch.get("labels").get(label.getKey()).asText()))
                    .as(app + " " + label.getKey()).isEqualTo(placeholders(label.getValue().asText())));
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

            tasklist.logIn("utrecht.aov", Api.PASSWORD);
            TaskCard intake = tasklist.measureTask(TasklistBrowserIT.INTAKE, "1.1").orElseThrow();
            tasklist.open(intake);
            assertThat(tasklist.readOnly("measureTitle")).isEqualTo("Kritieke bedrijfsprocessen in beeld");

            String page = tasklist.pageText(text -> DUTCH.stream().allMatch(text::contains));
            assertThat(page).contains(DUTCH);
            assertThat(page).doesNotContain(ENGLISH_PHRASES);
            assertThat(page.lines().map(String::strip)).doesNotContainAnyElementsOf(ENGLISH_WORDS);
            if (!TestDatabase.postgres()) {
                browser.screenshot(SCREENSHOT);
            }
        }
    }

    @Test
    void aBrowserAskingForAnotherLanguageGetsTasklistInEnglish() {
        Browser.assumeAvailable();
        // German: Camunda ships a de.json, but this application offers only nl and en, so German falls back to en.
        // (TasklistBrowserIT's browsers ask for en-US and see Tasklist in English: docs/tasklist-intake.png.)
        try (Browser browser = Browser.open("de-DE")) {
            Tasklist tasklist = new Tasklist(browser, Api.onPort(port).base()).loginPage();
            assertThat(tasklist.locale()).isEqualTo("en");
            assertThat(tasklist.loginButton("Log in")).isEqualTo("Log in");
        }
    }

    /** A locale file as the application serves it to the login page: the webjar's en.json, its own nl.json. */
    private static JsonNode locale(Api api, String app, String language) throws IOException {
        Response file = api.get("/camunda/app/" + app + "/locales/" + language + ".json");
        assertThat(file.status()).as(app + " " + language + ".json").isEqualTo(200);
        return new ObjectMapper().readTree(file.body().replaceFirst("^\uFEFF", ""));
    }

    /** Every key path of a locale file, arrays by their length (the month and day names). */
    private static TreeSet<String> keys(JsonNode node) {
        TreeSet<String> keys = new TreeSet<>();
        collect("", node, keys);
        return keys;
    }

    private static void collect(String path, JsonNode node, TreeSet<String> keys) {
        if (node.isObject()) {
            node.fields().forEachRemaining((Map.Entry<String, JsonNode> field) ->
                    collect(path + "/" + field.getKey(), field.getValue(), keys));
        } else if (node.isArray()) {
            keys.add(path + "[" + node.size() + "]");
        } else {
            keys.add(path);
        }
    }

    /** {@code {{name}}} interpolations, links and escaped markup, which a translation must keep as they are. */
    private static List<String> placeholders(String text) {
        Matcher matcher = Pattern.compile("\\{\\{\\s*\\w+\\s*}}|<a href=\"[^\"]*\">|&[lg]t;|<br/>").matcher(text);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group().replace(" ", ""));
        }
        found.sort(null);
        return found;
    }
}
