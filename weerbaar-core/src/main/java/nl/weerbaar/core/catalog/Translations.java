package nl.weerbaar.core.catalog;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Translated values of an element's fields, keyed by language and then by field name.
 */
public record Translations(Map<String, Map<String, String>> values) {

    private static final Translations NONE = new Translations(Map.of());

    public Translations {
        Map<String, Map<String, String>> copy = new TreeMap<>();
        if (values != null) {
            values.forEach((language, fields) -> copy.put(language, Map.copyOf(fields)));
        }
        values = Map.copyOf(copy);
    }

    public static Translations none() {
        return NONE;
    }

    /** The translation of a field into the locale's language, if there is one. */
    public Optional<String> get(Locale locale, String field) {
        return Optional.ofNullable(values.getOrDefault(locale.getLanguage(), Map.of()).get(field));
    }

    /** The translation of a field, or the given original when there is none. */
    public String getOrDefault(Locale locale, String field, String original) {
        return get(locale, field).orElse(original);
    }
}
