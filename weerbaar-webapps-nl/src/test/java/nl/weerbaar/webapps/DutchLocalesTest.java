package nl.weerbaar.webapps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each webapp's {@code nl.json}, read from where the jar puts it, against the {@code en.json} of Camunda's webjar
 * (camunda-webapp-webjar 7.24.0) at the same place on the test classpath: every key, every placeholder and tag, no empty text, no text left
 * in English beyond {@code same-in-dutch.txt}, and nothing that tells users to migrate to Camunda 8.
 */
class DutchLocalesTest {

    static final List<String> WEBAPPS = DutchWebappsFilter.WEBAPPS;
    /** The Welcome application formats no dates: its en.json has no dateLocales. */
    static final List<String> WEBAPPS_WITH_DATES = List.of("admin", "cockpit", "tasklist");

    /**
     * Where the webapps load their locales from, and where this jar puts {@code nl.json}: the build's
     * {@code webapps-nl.webjar-app-path}.
     */
    static final String WEBJAR_APP_PATH = System.getProperty("webapps-nl.webjar-app-path",
            "META-INF/resources/webjars/camunda/app");
    static final String LOCALES = WEBJAR_APP_PATH + "/%s/locales/%s.json";

    /**
     * The end-of-life banner's English text tells users to migrate to Camunda 8 and links Camunda's migration guide;
     * the Dutch text is neutral on purpose, without that link (the banner is hidden anyway, see user-styles.css).
     */
    static final String BANNER = "BANNER_CE_EOL_TEXT";
    /** Camunda 7 CE's webjar has the banner; Operaton's (webjars/operaton, ADR 0006) has neither banner nor key. */
    static final boolean END_OF_LIFE_BANNER = WEBJAR_APP_PATH.contains("/webjars/camunda/"); // same on Operaton

    /** What a translation must keep as it is: {{interpolations}}, {} counts, HTML tags, entities, %s and %d. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|\\{}"
            + "|</?(?:a|b|strong|em|i|u|br|code|span|p|div|ul|ol|li|pre)\\b[^>]*>|&[a-zA-Z]+;|&#\\d+;|%[sd]");

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @FieldSource("WEBAPPS")
    void offersEveryKeyOfTheEnglishLocaleAndNoOther(String webapp) throws IOException {
        assertThat(keys(locale(webapp, "nl"))).as(webapp + " nl.json").isEqualTo(keys(locale(webapp, "en")));
    }

    @ParameterizedTest
    @FieldSource("WEBAPPS")
    void keepsEveryPlaceholderAndTagOfTheEnglishText(String webapp) throws IOException {
        Map<String, String> english = labels(locale(webapp, "en"));
        Map<String, String> dutch = labels(locale(webapp, "nl"));
        english.remove(BANNER);
        english.forEach((key, text) -> assertThat(placeholders(dutch.get(key)))
                .as("%s %s: %s", webapp, key, dutch.get(key)).isEqualTo(placeholders(text)));
    }

    @ParameterizedTest
    @FieldSource("WEBAPPS")
    void leavesNoTextEmpty(String webapp) throws IOException {
        Map<String, String> english = labels(locale(webapp, "en"));
        assertThat(labels(locale(webapp, "nl")).entrySet().stream()
                .filter(label -> label.getValue().isBlank() && !english.get(label.getKey()).isBlank())
                .map(Map.Entry::getKey)).as(webapp + " empty texts").isEmpty();
    }

    @ParameterizedTest
    @FieldSource("WEBAPPS")
    void translatesEveryTextButThoseThatAreTheSameInDutch(String webapp) throws IOException {
        Set<String> sameInDutch = sameInDutch();
        Map<String, String> english = labels(locale(webapp, "en"));
        assertThat(labels(locale(webapp, "nl")).entrySet().stream()
                .filter(label -> label.getValue().equals(english.get(label.getKey())))
                .filter(label -> hasWords(label.getValue()) && !sameInDutch.contains(label.getValue()))
                .map(label -> label.getKey() + "=" + label.getValue()))
                .as(webapp + " texts left in English").isEmpty();
    }

    @ParameterizedTest
    @FieldSource("WEBAPPS_WITH_DATES")
    void namesMonthsAndDaysInDutch(String webapp) throws IOException {
        JsonNode dates = locale(webapp, "nl").get("dateLocales");
        assertThat(dates.get("months").get(2).asText()).isEqualTo("maart");
        assertThat(dates.get("weekdays").get(1).asText()).isEqualTo("maandag");
        assertThat(dates.get("relativeTime").get("past").asText()).isEqualTo("%s geleden");
    }

    @Test
    void theSameInDutchListNamesOnlyTextsThatOccur() throws IOException {
        Set<String> english = new TreeSet<>();
        for (String webapp : WEBAPPS) {
            english.addAll(labels(locale(webapp, "en")).values());
        }
        assertThat(sameInDutch()).as("same-in-dutch.txt").isSubsetOf(english);
    }

    @ParameterizedTest
    @FieldSource("WEBAPPS")
    void neverTellsUsersToMigrateToCamunda8(String webapp) throws IOException {
        assertThat(labels(locale(webapp, "nl")).values()).as(webapp + " nl.json")
                .noneMatch(text -> text.contains("Camunda 8") || text.contains("migrating-from-camunda-7"));
        assertThat(labels(locale(webapp, "en")).containsKey(BANNER)).as("%s has an end-of-life banner", webapp)
                .isEqualTo(END_OF_LIFE_BANNER);
        if (END_OF_LIFE_BANNER) {
            assertThat(labels(locale(webapp, "en")).get(BANNER)).as("Camunda's banner").contains("migrate to Camunda 8");
            assertThat(labels(locale(webapp, "nl")).get(BANNER))
                    .isEqualTo("Deze omgeving gebruikt Camunda 7 Community Edition.");
        }
    }

    static JsonNode locale(String webapp, String language) throws IOException {
        String path = LOCALES.formatted(webapp, language);
        try (InputStream in = DutchLocalesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path + " on the classpath").isNotNull();
            // Camunda's files start with a byte order mark.
            return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", ""));
        }
    }

    static Map<String, String> labels(JsonNode locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        locale.get("labels").properties().forEach(label -> labels.put(label.getKey(), label.getValue().asText()));
        return labels;
    }

    /** Every key path of a locale file, arrays by their length (month and day names). */
    static Set<String> keys(JsonNode locale) {
        Set<String> keys = new TreeSet<>();
        collect("", locale, keys);
        return keys;
    }

    private static void collect(String path, JsonNode node, Set<String> keys) {
        if (node.isObject()) {
            node.properties().forEach(field -> collect(path + "/" + field.getKey(), field.getValue(), keys));
        } else if (node.isArray()) {
            keys.add(path + "[" + node.size() + "]");
        } else {
            keys.add(path);
        }
    }

    static List<String> placeholders(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group().replace(" ", ""));
        }
        found.sort(null);
        return found;
    }

    /** Whether a text has words to translate once its placeholders are gone ({@code <=} and {@code {{x}}} have not). */
    private static boolean hasWords(String text) {
        return PLACEHOLDER.matcher(text).replaceAll("").chars().anyMatch(Character::isLetter);
    }

    private static Set<String> sameInDutch() throws IOException {
        try (InputStream in = DutchLocalesTest.class.getResourceAsStream("/same-in-dutch.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
