package nl.weerbaar.webapps.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The two resources served in place of a webapp's own: {@code scripts/config.js}, which imports the webapp's real
 * configuration and adds Dutch to its locales, and {@code styles/user-styles.css}, which imports the webapp's real
 * user styles and hides Camunda 7 CE's end-of-life banner. Both name the original with {@link #ORIGINAL_QUERY} so
 * that the filter lets that request through.
 */
public final class WebappOverlays {

    /** Query parameter and value marking a request for the webapp's own file, which passes unchanged. */
    public static final String ORIGINAL_PARAMETER = "weerbaar";
    public static final String ORIGINAL_VALUE = "original";
    public static final String ORIGINAL_QUERY = ORIGINAL_PARAMETER + "=" + ORIGINAL_VALUE;

    /** Cache-busting values the webapps send: a timestamp ({@code config.js}) or the version ({@code 7.24.0}). */
    private static final Pattern BUST = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String BUST_TOKEN = "@BUST@";

    private static final String CONFIG_SCRIPT = template("config.js");
    private static final String USER_STYLES = template("user-styles.css");

    private WebappOverlays() {
    }

    /** The module served as a webapp's {@code scripts/config.js}, importing the original with the same bust value. */
    public static String configScript(String bust) {
        return CONFIG_SCRIPT.replace(BUST_TOKEN, originalQuery(bust));
    }

    /** The style sheet served as a webapp's {@code styles/user-styles.css}, importing the original. */
    public static String userStyles(String bust) {
        return USER_STYLES.replace(BUST_TOKEN, originalQuery(bust));
    }

    /**
     * The query naming the original file. The request's bust value is passed on only when it looks like one: it is
     * written into a script, so anything else (quotes, markup) is dropped rather than echoed.
     */
    static String originalQuery(String bust) {
        return bust != null && BUST.matcher(bust).matches() ? ORIGINAL_QUERY + "&bust=" + bust : ORIGINAL_QUERY;
    }

    private static String template(String name) {
        try (InputStream in = WebappOverlays.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Template " + name + " missing beside " + WebappOverlays.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read template " + name, e);
        }
    }
}
