package nl.weerbaar.core.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small valid catalog and ways to make bad variants of it, with the location of a snippet in a variant.
 */
public final class TestCatalogs {

    public static final String MINI_NAME = "mini.yaml";

    private TestCatalogs() {
    }

    /** The valid test catalog: 2 pillars, 2 parties, 3 measures. */
    public static String mini() {
        try (InputStream in = TestCatalogs.class.getResourceAsStream("/fixtures/mini-catalog.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test catalog with one exact snippet replaced; fails when the snippet is not there exactly once. */
    public static String miniWith(String snippet, String replacement) {
        String mini = mini();
        assertThat(mini.split(java.util.regex.Pattern.quote(snippet), -1)).as("occurrences of %s", snippet)
                .hasSize(2);
        return mini.replace(snippet, replacement);
    }

    public static CatalogResource resource(String yaml) {
        return CatalogResource.text(MINI_NAME, yaml);
    }

    /** Where the first occurrence of the snippet stands in the YAML: 1-based line and column. */
    public static SourceLocation at(String yaml, String snippet) {
        return at(MINI_NAME, yaml, snippet);
    }

    public static SourceLocation at(String source, String yaml, String snippet) {
        int index = yaml.indexOf(snippet);
        assertThat(index).as("position of %s", snippet).isNotNegative();
        String before = yaml.substring(0, index);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = index - (before.lastIndexOf('\n') + 1) + 1;
        return new SourceLocation(source, line, column);
    }
}
