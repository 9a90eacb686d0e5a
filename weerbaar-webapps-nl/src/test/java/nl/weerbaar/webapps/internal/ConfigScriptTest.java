package nl.weerbaar.webapps.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The module served as a webapp's {@code config.js}, run in Node.js against a webapp's own configuration and a
 * browser's languages: what configuration the webapp then gets. Camunda's own Tasklist {@code config.js} comes from
 * the webjar. Skipped with a message when {@code node} is not on the PATH (.ci/run installs it).
 */
class ConfigScriptTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @BeforeAll
    static void nodeIsThere() {
        boolean found;
        try {
            Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            found = node.waitFor(30, TimeUnit.SECONDS) && node.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            found = false;
        }
        if (!found) {
            System.out.println("[weerbaar] ConfigScriptTest skipped: no node on the PATH");
        }
        assumeThat(found).as("node on the PATH").isTrue();
    }

    @Test
    void addsDutchToCamundasTasklistConfigurationAndTranslatesItsShortcutsForADutchBrowser() throws Exception {
        JsonNode config = run(camundasTasklistConfig(), "nl-NL", "nl");

        assertThat(config.at("/locales/availableLocales")).containsExactly(text("en"), text("nl"));
        assertThat(config.at("/locales/fallbackLocale").asText()).isEqualTo("en");
        assertThat(config.at("/shortcuts/claimTask/key").asText()).isEqualTo("ctrl+alt+c");
        assertThat(config.at("/shortcuts/claimTask/description").asText()).isEqualTo("claimt de geselecteerde taak");
        assertThat(config.at("/shortcuts/startProcess/description").asText())
                .isEqualTo("opent het venster om een proces te starten");
    }

    @Test
    void leavesTheShortcutsInEnglishForAnyOtherBrowser() throws Exception {
        JsonNode config = run(camundasTasklistConfig(), "de-DE", "de");

        assertThat(config.at("/locales/availableLocales")).containsExactly(text("en"), text("nl"));
        assertThat(config.at("/shortcuts/claimTask/description").asText())
                .isEqualTo("claims the currently selected task");
    }

    @Test
    void keepsTheApplicationsOwnLocalesAndFallbackAndAddsDutch() throws Exception {
        JsonNode config = run("export default {app: {name: 'Werk'}, locales: {availableLocales: ['de', 'en'],"
                + " fallbackLocale: 'de'}, shortcuts: {own: {key: 'ctrl+x', description: 'eigen sneltoets'}}};",
                "nl-BE", "nl");

        assertThat(config.at("/app/name").asText()).isEqualTo("Werk");
        assertThat(config.at("/locales/availableLocales")).containsExactly(text("de"), text("en"), text("nl"));
        assertThat(config.at("/locales/fallbackLocale").asText()).isEqualTo("de");
        assertThat(config.at("/shortcuts/own/description").asText()).isEqualTo("eigen sneltoets");
    }

    @Test
    void addsDutchOnlyOnce() throws Exception {
        JsonNode config = run("export default {locales: {availableLocales: ['nl', 'en']}};", "en-US");
        assertThat(config.at("/locales/availableLocales")).containsExactly(text("nl"), text("en"));
        assertThat(config.at("/locales/fallbackLocale").asText()).isEqualTo("en");
    }

    @Test
    void translatesTheShortcutsWhenDutchIsTheFallbackOfAnUnofferedLanguage() throws Exception {
        JsonNode config = run("export default {locales: {fallbackLocale: 'nl'},"
                + " shortcuts: {claimTask: {key: 'c', description: 'claims the currently selected task'}}};", "fr-FR");
        assertThat(config.at("/locales/availableLocales")).containsExactly(text("en"), text("nl"));
        assertThat(config.at("/shortcuts/claimTask/description").asText()).isEqualTo("claimt de geselecteerde taak");
    }

    private JsonNode run(String originalConfig, String... languages) throws IOException, InterruptedException {
        String served = WebappOverlays.configScript("1733000000000");
        String specifier = "'./config.js?weerbaar=original&bust=1733000000000'";
        assertThat(served).contains(specifier);
        Files.writeString(directory.resolve("original.mjs"), originalConfig);
        Files.writeString(directory.resolve("config.mjs"), served.replace(specifier, "'./original.mjs'"));
        Files.writeString(directory.resolve("run.mjs"), "globalThis.window = {navigator: {languages: "
                + JSON.writeValueAsString(List.of(languages)) + ", language: '" + languages[0] + "'}};\n"
                + "const {default: config} = await import('./config.mjs');\n"
                + "console.log(JSON.stringify(config));\n");
        Process node = new ProcessBuilder("node", "run.mjs").directory(directory.toFile())
                .redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as(output).isZero();
        return JSON.readTree(output);
    }

    private static String camundasTasklistConfig() throws IOException {
        String path = System.getProperty("webapps-nl.webjar-app-path", "META-INF/resources/webjars/camunda/app")
                + "/tasklist/scripts/config.js";
        try (InputStream in = ConfigScriptTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as("Camunda's Tasklist config.js in the webjar").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode text(String value) {
        return JSON.getNodeFactory().textNode(value);
    }
}
