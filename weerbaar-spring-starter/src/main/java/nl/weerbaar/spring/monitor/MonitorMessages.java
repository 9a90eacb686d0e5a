package nl.weerbaar.spring.monitor;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The monitor's words in Dutch ({@code weerbaar/monitor/messages.properties}) and English ({@code messages_en}), for
 * its pages, its reports and the labels its figures carry.
 */
public final class MonitorMessages {

    /** The bundle's base name on the class path. */
    public static final String BUNDLE = "weerbaar.monitor.messages";

    /** Dutch, the monitor's default language. */
    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    private MonitorMessages() {
    }

    /** Dutch unless the locale's language is English. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : DUTCH;
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale), MonitorMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The message with its {@code {0}}-style arguments filled in (every message is a {@link MessageFormat} pattern, so
     * an apostrophe is written twice); a missing key fails loudly.
     */
    public static String get(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no monitor message '" + key + "' for " + supported(locale), e);
        }
        return new MessageFormat(pattern, supported(locale)).format(arguments);
    }
}
